using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;

namespace GraphServer.Schema.Generation;

/// <summary>
/// <c>firstSeenPrecision</c> beside <c>firstSeen</c>: how much of the date its source gave, read from the stored text
/// (<c>2024</c>, <c>2024-11</c> or <c>2024-11-05</c>), so a client need not parse the date to know.
/// </summary>
internal static class DatePrecisionFields
{
    public static FieldType For(string dateProperty, SharedTypes shared, Func<object, object?> readDate) => new()
    {
        Name = Names.Precision(dateProperty),
        Description = $"How much of {dateProperty} is known: YEAR, MONTH or DAY; null when {dateProperty} is.",
        ResolvedType = shared.DatePrecision,
        Resolver = new FuncFieldResolver<object?>(context =>
            readDate(context.Source!) is string text ? PartialDates.PrecisionOf(text) : null),
    };
}
