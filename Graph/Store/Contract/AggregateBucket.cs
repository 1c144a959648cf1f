namespace GraphServer.Store;

/// <summary>One group of an aggregation: its key (in the property's CLR shape, or null) and how many nodes fall in it.</summary>
public sealed record AggregateBucket(object? Key, long Count);
