using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphServer.Model;

namespace GraphServer.Schema.Types;

/// <summary>
/// <c>Date</c>: a date as precise as its source, as an ISO-8601 string: <c>2024</c>, <c>2024-11</c> or <c>2024-11-05</c>
/// (the forms the model keeps, see <see cref="PartialDates"/>). Rejects any other text so that a filter on a date never
/// silently compares against garbage.
/// </summary>
internal sealed class DateScalar : ScalarGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A date in ISO-8601 form, as precise as its source: yyyy, yyyy-MM or yyyy-MM-dd (a year, a month, a day). "
            + "Text order is time order; a partial date compares as its first day, except validTo, which counts as its last.";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", SpecificationUrl);
    }

    /// <summary>The W3C note that defines exactly these three granularities of ISO 8601 (year, year and month, complete date).</summary>
    public const string SpecificationUrl = "https://www.w3.org/TR/NOTE-datetime";

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => ParseValue((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when IsDate(text) => text,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text when IsDate(text) => text,
        _ => ThrowSerializationError(value),
    };

    private static bool IsDate(string text) => PartialDates.IsValid(text);
}
