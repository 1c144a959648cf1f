using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphServer.Schema.Types;

/// <summary>
/// <c>Date</c>: a calendar day as an ISO-8601 string (yyyy-MM-dd), the form the model keeps dates in. Rejects any
/// other text so that a filter on a date never silently compares against garbage.
/// </summary>
internal sealed class DateScalar : ScalarGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date in ISO-8601 form, yyyy-MM-dd.";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", SpecificationUrl);
    }

    /// <summary>The scalars.graphql.org specification of exactly this form (RFC 3339 full-date).</summary>
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/local-date.html";

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

    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
