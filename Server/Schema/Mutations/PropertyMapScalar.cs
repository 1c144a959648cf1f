using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// <c>PropertyMap</c>: an object of property name → value for importBatch rows, whose label is only known from the row.
/// Values as the store keeps them: strings (enum values as stored, e.g. "warning"; dates as yyyy, yyyy-MM or yyyy-MM-dd),
/// numbers, booleans, lists of strings. The model's checks run on every value and answer at the row's path.
/// </summary>
internal sealed class PropertyMapScalar : ScalarGraphType
{
    public PropertyMapScalar()
    {
        Name = "PropertyMap";
        Description = "Property name → value of one row: strings, numbers, booleans or lists of strings, as stored.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLObjectValue map => (map.Fields ?? []).ToDictionary(f => f.Name.StringValue, f => Literal(f.Value), StringComparer.Ordinal),
        _ => ThrowLiteralConversionError(value, "expected an object of property values"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value;

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLObjectValue;

    public override bool CanParseValue(object? value) => value is null or IDictionary<string, object?>;

    private static object? Literal(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLIntValue i => long.TryParse(i.Value.Span, System.Globalization.CultureInfo.InvariantCulture,
            out var l) ? l : (object)i.Value.ToString(),
        GraphQLFloatValue f => double.Parse(f.Value.Span, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLListValue list => (list.Values ?? []).Select(Literal).ToList(),
        _ => value.ToString(),
    };
}
