namespace GraphServer.Store;

/// <summary>
/// Paths between two nodes, following relationships in either direction. Nodes never repeat within a path.
/// With <see cref="ShortestOnly"/> every shortest path is returned (all of one length); otherwise every path of at
/// most <see cref="MaxHops"/> relationships. Paths come ordered by length, then by the ids of their nodes, and at
/// most <see cref="Limit"/> of them, so both stores return the same list.
/// </summary>
public sealed record PathQuery(string FromId, string ToId, int MaxHops)
{
    public const int MaxHopsLimit = 6;

    /// <summary>Relationship types a path may use; empty for all.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    public bool ShortestOnly { get; init; }

    public int Limit { get; init; } = 25;

    public DateOnly? AsOf { get; init; }
}
