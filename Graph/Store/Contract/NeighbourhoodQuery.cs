namespace GraphServer.Store;

/// <summary>
/// Everything within <see cref="Depth"/> hops of the start nodes, following relationships in either direction: the
/// nodes closest first (ties by id) up to <see cref="Limit"/>, and every relationship of an allowed type between the
/// returned nodes. Meant for export to Gephi or Cytoscape.
/// </summary>
public sealed record NeighbourhoodQuery(IReadOnlyCollection<string> StartIds, int Depth)
{
    public const int MaxDepth = 4;

    /// <summary>Relationship types to follow; empty for all.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    public int Limit { get; init; } = 500;

    public DateOnly? AsOf { get; init; }
}
