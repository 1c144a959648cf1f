namespace GraphServer.Store;

/// <summary>One search result. Scores are comparable within one answer of one store only: the stores rank differently.</summary>
public sealed record SearchHit(GraphNode Node, double Score);
