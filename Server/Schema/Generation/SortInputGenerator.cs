using GraphQL.Types;
using GraphServer.Model;

namespace GraphServer.Schema.Generation;

/// <summary>
/// <c>XSortInput</c>: one optional <c>SortEnumType</c> field per scalar property of a label, union or <c>Node</c>.
/// Personal properties are not among them: ordering by a date of birth would leak it through the order.
/// </summary>
internal static class SortInputGenerator
{
    public static InputObjectGraphType Create(string subject, IEnumerable<PropertyDefinition> properties, SharedTypes shared)
    {
        var input = new InputObjectGraphType
        {
            Name = Names.SortInput(subject),
            Description = $"Ordering keys for {subject}; give one property per list item, earlier items first.",
            // One key per item, so that the list alone says which key is more significant (@oneOf, GraphQL September 2025).
            IsOneOf = true,
        };
        foreach (var property in properties.Where(p => p.Kind != PropertyKind.StringList && !p.IsPersonal))
        {
            input.AddField(new FieldType { Name = property.Name, ResolvedType = shared.Sort, Description = property.Description });
        }

        return input;
    }
}
