namespace GraphServer.Store;

/// <summary>One neighbour of <see cref="ParentId"/>, with the relationship that links them (and its provenance).</summary>
public sealed record Neighbour(string ParentId, GraphEdge Edge, GraphNode Node);
