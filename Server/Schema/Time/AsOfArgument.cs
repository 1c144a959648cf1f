using GraphQL;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;

namespace GraphServer.Schema.Time;

/// <summary>
/// The <c>asOf</c> argument of collection and search fields, and how relationship fields below them inherit it: a
/// relationship field resolves with the day of the nearest field above it that has the argument.
/// </summary>
internal static class AsOfArgument
{
    public const string Name = "asOf";

    /// <summary>The argument, described with the store contract's as-of rules and the model's known-from dates.</summary>
    public static QueryArgument Create(GraphModel model, SharedTypes shared)
    {
        var knownFrom = string.Join(", ",
            model.NodeTypes.Where(t => t.KnownFrom is not null).Select(t => $"{t.Label}.{t.KnownFrom!.Name}"));
        return new QueryArgument(shared.Date)
        {
            Name = Name,
            Description = "See the graph as it was known and valid on this day (a month or year: its last day; both ends inclusive): "
                + $"a node or link is hidden when its {CommonProperties.ValidFrom} is after the day "
                + $"or its {CommonProperties.ValidTo} before it, "
                + "and a fact is hidden before it was known: before the earliest publication of the sources it cites, or, for a node, "
                + $"before its own date ({knownFrom}) where that is later; a link counts only when the node at its "
                + "far end is visible. Missing dates never hide anything. Relationship fields below this field (and their filters) see "
                + "the same day.",
        };
    }

    /// <summary>The day of the nearest enclosing field (this one included) that takes <c>asOf</c>; null for now.</summary>
    public static DateOnly? Inherited(IResolveFieldContext context)
    {
        for (var current = context; current is not null; current = current.Parent)
        {
            if (current.FieldDefinition.Arguments?.Find(Name) is not null)
            {
                // A month or a year means its last day: the graph as known by the end of that period.
                return current.GetArgument<string?>(Name) is { } day ? PartialDates.LastDay(day) : null;
            }
        }

        return null;
    }
}
