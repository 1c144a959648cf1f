namespace GraphServer.Store;

/// <summary>
/// Counts the nodes of one label that match <see cref="Where"/>, grouped by the value of <see cref="GroupBy"/>
/// (fighters by status, offers by salary currency). Nodes without the property form the bucket with a null key. For
/// a list property each item is a bucket, and a node counts once in each of its items' buckets.
/// </summary>
public sealed record AggregateQuery(string Label, string GroupBy)
{
    public Filter? Where { get; init; }

    public DateOnly? AsOf { get; init; }
}
