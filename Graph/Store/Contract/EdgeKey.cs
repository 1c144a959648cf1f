namespace GraphServer.Store;

/// <summary>Names one relationship for deletion: at most one of each type links two nodes.</summary>
public sealed record EdgeKey(string Type, string FromId, string ToId);
