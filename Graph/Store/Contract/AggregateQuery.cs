namespace GraphServer.Store;

/// <summary>
/// Counts the nodes of one label that match <see cref="Where"/> (and <see cref="AsOf"/>), grouped by the combination of
/// their <see cref="Keys"/>: fighters by status, offers by salary currency and the channel they ran on.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A property key: nodes without the property form the bucket with a null key. A list property yields one row per
/// item (a node counts once in each of its items' buckets) and a node with no items yields no row at all.</item>
/// <item>A neighbour key (<see cref="AggregateKey.Neighbour"/>): the id of each neighbour over that relationship end (a
/// fighter with two citizenships counts once for each country); a node with none counts in the null bucket. Under
/// <see cref="AsOf"/> only links and neighbours visible on the day count.</item>
/// <item>Several keys: every combination of the keys' values is a bucket (the product of each node's rows).</item>
/// <item>With <see cref="Parents"/>: the counted nodes are the far ends of each parent's relationships (one row per
/// relationship, as a relationship connection's totalCount counts them), and every bucket names its parent; the whole
/// batch is one call.</item>
/// </list>
/// </remarks>
public sealed record AggregateQuery(string Label, IReadOnlyList<AggregateKey> Keys)
{
    /// <summary>Grouped by one property of the label.</summary>
    public AggregateQuery(string label, string groupBy)
        : this(label, [AggregateKey.Property(groupBy)])
    {
    }

    public Filter? Where { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <summary>Count per parent: the label's nodes reached from these parents over one relationship; null for all nodes.</summary>
    public AggregateParents? Parents { get; init; }
}
