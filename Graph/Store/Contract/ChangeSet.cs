namespace GraphServer.Store;

/// <summary>
/// An atomic batch of writes: all of it is applied, or none. Deletions go first, then upserts, so one change set can
/// replace a record. Nodes are upserted by id (their properties replaced), relationships by (type, from, to); a
/// deleted node loses its relationships too. Deleting what is not stored is not an error.
/// </summary>
public sealed record ChangeSet(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static ChangeSet Empty { get; } = new([], []);

    public IReadOnlyList<string> DeleteNodeIds { get; init; } = [];

    public IReadOnlyList<EdgeKey> DeleteEdges { get; init; } = [];

    public bool IsEmpty => Nodes.Count == 0 && Edges.Count == 0 && DeleteNodeIds.Count == 0 && DeleteEdges.Count == 0;
}
