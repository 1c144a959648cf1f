namespace GraphServer.Store;

/// <summary>A set of nodes and the relationships between them; <see cref="Truncated"/> when the limit left nodes out.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, bool Truncated);
