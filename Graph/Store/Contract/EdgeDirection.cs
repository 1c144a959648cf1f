namespace GraphServer.Store;

/// <summary>Which way to follow a relationship from the parent node.</summary>
public enum EdgeDirection
{
    /// <summary>(parent)-[:TYPE]-&gt;(neighbour)</summary>
    Outgoing,

    /// <summary>(parent)&lt;-[:TYPE]-(neighbour)</summary>
    Incoming,
}
