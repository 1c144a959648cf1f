namespace GraphServer.Store;

/// <summary>
/// An atomic batch of writes: every upsert in it is applied, or none is. Nodes are upserted by id (their properties
/// replaced), relationships by (type, from, to).
/// </summary>
public sealed record ChangeSet(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static ChangeSet Empty { get; } = new([], []);

    public bool IsEmpty => Nodes.Count == 0 && Edges.Count == 0;
}
