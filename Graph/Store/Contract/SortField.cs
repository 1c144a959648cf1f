namespace GraphServer.Store;

/// <summary>
/// One ordering key. Both stores order the same way: nulls last when ascending and first when descending (Neo4j's
/// rule), strings by code point, and ties broken by id ascending so pages are stable.
/// </summary>
public sealed record SortField(string Property, SortDirection Direction);
