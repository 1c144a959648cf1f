namespace GraphServer.Store;

/// <summary>
/// An atomic batch of writes: all of it is applied, or none. Deletions go first, then upserts, so one change set can
/// replace a record. Nodes are upserted by id (their properties replaced), relationships by (type, from, to); a
/// deleted node loses its relationships too. Deleting what is not stored is not an error.
/// <para><b>Versions.</b> Every upsert sets the node's derived <c>version</c> (1 when created, one more on each update).
/// <see cref="ExpectedVersions"/> names, by node id, the version the writer read; 0 means "not stored". The store compares
/// them inside the writing transaction and, on any mismatch, throws <see cref="StaleVersionException"/> and writes nothing.</para>
/// </summary>
public sealed record ChangeSet(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static ChangeSet Empty { get; } = new([], []);

    public IReadOnlyList<string> DeleteNodeIds { get; init; } = [];

    public IReadOnlyList<EdgeKey> DeleteEdges { get; init; } = [];

    /// <summary>Node id → the version the writer expects stored (0: no node with this id); see the remarks above.</summary>
    public IReadOnlyDictionary<string, long> ExpectedVersions { get; init; } = new Dictionary<string, long>(StringComparer.Ordinal);

    public bool IsEmpty => Nodes.Count == 0 && Edges.Count == 0 && DeleteNodeIds.Count == 0 && DeleteEdges.Count == 0
        && ExpectedVersions.Count == 0;
}
