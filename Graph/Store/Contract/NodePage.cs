namespace GraphServer.Store;

/// <summary>One page of a <see cref="NodeQuery"/> and the number of nodes that match it in all.</summary>
public sealed record NodePage(IReadOnlyList<GraphNode> Nodes, long TotalCount);
