namespace GraphServer.Store;

/// <summary>
/// A path as a list of nodes and the relationships between consecutive ones: <c>Edges[i]</c> links <c>Nodes[i]</c>
/// and <c>Nodes[i + 1]</c>, in its stored direction (which may point back along the path).
/// </summary>
public sealed record FoundPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public int Length => Edges.Count;
}
