using System.Globalization;
using System.Text.Json;
using GraphServer.Store;

namespace GraphServer.Schema.Filtering;

/// <summary>
/// A filter as one canonical line, e.g. <c>and(eq(region,"East Africa"),some(TARGETS&gt;,eq(iso2,"KE")))</c>: equal
/// filters give equal text (the AST's records hold lists, which compare by reference), so it keys DataLoaders.
/// </summary>
internal static class FilterText
{
    public static string Of(Filter? filter) => filter switch
    {
        null => "",
        AndFilter and => $"and({string.Join(',', and.Operands.Select(Of))})",
        OrFilter or => $"or({string.Join(',', or.Operands.Select(Of))})",
        NotFilter not => $"not({Of(not.Operand)})",
        PropertyFilter p => $"{Camel(p.Operator.ToString())}({p.Property},{Value(p.Value)})",
        RelationshipFilter r => $"{Camel(r.Quantifier.ToString())}({r.Type}{(r.Direction == EdgeDirection.Outgoing ? '>' : '<')}"
            + (r.Where is null ? ")" : $",{Of(r.Where)})"),
        _ => filter.GetType().Name,
    };

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        bool b => b ? "true" : "false",
        System.Collections.IEnumerable items => $"[{string.Join(',', items.Cast<object?>().Select(Value))}]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal[1..];
}
