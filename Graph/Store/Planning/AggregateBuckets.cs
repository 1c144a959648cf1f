namespace GraphServer.Store.Planning;

/// <summary>
/// A plan's aggregate answered with the contract's call (<see cref="IGraphStore.AggregateAsync"/>) and spread by parent:
/// the level-by-level plan and the embedded store's plan both use it, so their answers are the call's own.
/// </summary>
public static class AggregateBuckets
{
    /// <summary>
    /// Over every match (<paramref name="parents"/> null: the buckets under the empty id) or for these parents (each a key,
    /// empty when it has none), each parent's buckets in the call's order.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<AggregateBucket>>> ByParentAsync(
        AggregateQuery aggregate,
        IReadOnlyList<string>? parents,
        Func<AggregateQuery, CancellationToken, Task<IReadOnlyList<AggregateBucket>>> run,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(run);
        var byParent = new Dictionary<string, IReadOnlyList<AggregateBucket>>(StringComparer.Ordinal);
        if (parents is null)
        {
            byParent[string.Empty] = await run(aggregate with { Parents = null }, cancellationToken).ConfigureAwait(false);
            return byParent;
        }

        foreach (var parent in parents)
        {
            byParent[parent] = [];
        }

        if (parents.Count == 0)
        {
            return byParent;
        }

        var template = aggregate.Parents ?? throw new ArgumentException("A per-parent aggregate names its relationship.", nameof(aggregate));
        var query = aggregate with { Parents = template with { Ids = parents } };
        foreach (var group in (await run(query, cancellationToken).ConfigureAwait(false)).GroupBy(b => b.ParentId!, StringComparer.Ordinal))
        {
            byParent[group.Key] = [.. group];
        }

        return byParent;
    }
}
