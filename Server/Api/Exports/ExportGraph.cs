using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>What one export file holds: nodes in the store's order, edges sorted so files compare byte for byte.</summary>
internal sealed record ExportGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated, string Description)
{
    public static ExportGraph From(Subgraph subgraph, string description) =>
        new(subgraph.Nodes, Sorted(subgraph.Edges), subgraph.Truncated, description);

    /// <summary>Every node and edge of the paths, each once.</summary>
    public static ExportGraph From(IReadOnlyList<FoundPath> paths, string description) => new(
        paths.SelectMany(p => p.Nodes).DistinctBy(n => n.Id).ToList(),
        Sorted(paths.SelectMany(p => p.Edges).DistinctBy(ExportColumns.EdgeId)),
        false,
        description);

    private static List<GraphEdge> Sorted(IEnumerable<GraphEdge> edges) =>
        [.. edges.OrderBy(e => e.FromId, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.ToId, StringComparer.Ordinal)];
}
