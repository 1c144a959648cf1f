namespace GraphServer.Store;

/// <summary>A relationship <c>(FromId)-[:Type]-&gt;(ToId)</c>; at most one of each type between two nodes.</summary>
public sealed record GraphEdge(string Type, string FromId, string ToId, IReadOnlyDictionary<string, object?> Properties);
