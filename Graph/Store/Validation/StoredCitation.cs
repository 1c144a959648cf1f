namespace GraphServer.Store.Validation;

/// <summary>
/// A stored record citing a Source: a node's <c>CITES</c> edge to it, or a relationship naming it in <c>sourceIds</c>.
/// <see cref="By"/> is the citing relationship (for a node, its CITES edge, so <c>By.FromId</c> is the node).
/// </summary>
public sealed record StoredCitation(string SourceId, EdgeKey By);
