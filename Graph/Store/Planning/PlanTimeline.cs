namespace GraphServer.Store.Planning;

/// <summary>
/// A plan's root as a node's timeline: the nodes within <see cref="Hops"/> of <see cref="Of"/> over <see cref="Types"/>
/// (the nearest <see cref="NodeLimit"/> kept, nearest first then by id, as <see cref="IGraphStore.GetNeighbourhoodAsync"/>
/// keeps them), of which the <see cref="EventLabel"/> nodes with a partial date in <see cref="DateProperty"/> that may fall
/// between <see cref="From"/> and <see cref="To"/>, ordered by first day, coarser date first, nearer first, then by id,
/// the first <see cref="First"/> of them, each with its sources (as of <see cref="AsOf"/>) and its distance. The plan's
/// selections hang below the events; its result carries each event's distance and whether the node limit cut the walk.
/// </summary>
public sealed record PlanTimeline(string Of, int Hops, IReadOnlyList<string> Types, string EventLabel, string DateProperty, int First, int NodeLimit)
{
    /// <summary>The first day an event may end on (the first day of the asked <c>from</c>); null: no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day an event may start on (the last day of the asked <c>to</c>); null: no upper bound.</summary>
    public DateOnly? To { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <summary>The walk as a neighbourhood query (what the level-by-level answer asks of the store).</summary>
    public NeighbourhoodQuery Walk => new([Of], Hops) { Types = Types, Limit = NodeLimit, AsOf = AsOf };
}
