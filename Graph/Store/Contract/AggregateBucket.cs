namespace GraphServer.Store;

/// <summary>
/// One group of an aggregation: its keys in the query's order (each in the property's CLR shape, a neighbour's id, or
/// null), how many nodes (or, per parent, relationships) fall in it, and for a per-parent aggregation its parent.
/// </summary>
public sealed record AggregateBucket(IReadOnlyList<object?> Keys, long Count)
{
    /// <summary>A bucket of a one-key aggregation.</summary>
    public AggregateBucket(object? key, long count)
        : this([key], count)
    {
    }

    /// <summary>The first key: the only one of a one-key aggregation.</summary>
    public object? Key => Keys.Count > 0 ? Keys[0] : null;

    /// <summary>The parent this bucket counts for (<see cref="AggregateQuery.Parents"/>); null otherwise.</summary>
    public string? ParentId { get; init; }
}
