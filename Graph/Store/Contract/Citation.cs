namespace GraphServer.Store;

/// <summary>
/// One source a node or relationship cites, with the passage that supports it (null where none was recorded): for a
/// node a <c>CITES</c> edge, for a relationship one entry of its parallel <c>sourceIds</c>/<c>quotes</c> lists.
/// </summary>
public sealed record Citation(GraphNode Source, string? Quote);
