using System.Runtime.CompilerServices;

namespace GraphServer.Store.Querying;

/// <summary>
/// The neighbours of many parents in batches of at most <c>maxRows</c>, for readers that walk the whole graph (exports,
/// dumps). A page of parents alone does not bound memory: degrees are skewed (one recruiter of 920 recruited 8,160 of
/// 30,000 fighters in the generated graph, and one page held all 920), so one call could return most of the graph.
/// One count call per query groups the parents into batches of at most <c>maxRows</c> neighbours; a parent with more
/// is read alone, <c>maxRows</c> at a time in the store's order (neighbour id). Parents come back in the query's order.
/// </summary>
public static class NeighbourBatches
{
    public static async IAsyncEnumerable<IReadOnlyList<Neighbour>> ReadAsync(
        IGraphStore store, NeighbourQuery query, int maxRows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        var counts = await store.CountNeighboursAsync(query, cancellationToken).ConfigureAwait(false);
        var batch = new List<string>();
        long rows = 0;
        foreach (var parent in query.ParentIds)
        {
            var count = counts.GetValueOrDefault(parent);
            if (count == 0)
            {
                continue;
            }

            if (batch.Count > 0 && rows + count > maxRows)
            {
                yield return await store.GetNeighboursAsync(query with { ParentIds = batch }, cancellationToken).ConfigureAwait(false);
                (batch, rows) = ([], 0);
            }

            if (count <= maxRows)
            {
                batch.Add(parent);
                rows += count;
                continue;
            }

            // The count decides the parts, so a degree that is a multiple of maxRows ends without an empty call; a part
            // that comes back short (the graph changed since the count) ends the parent early.
            for (var skip = 0L; skip < count; skip += maxRows)
            {
                var slice = query with { ParentIds = [parent], SkipPerParent = (int)skip, TakePerParent = maxRows };
                var part = await store.GetNeighboursAsync(slice, cancellationToken).ConfigureAwait(false);
                if (part.Count > 0)
                {
                    yield return part;
                }

                if (part.Count < maxRows)
                {
                    break;
                }
            }
        }

        if (batch.Count > 0)
        {
            yield return await store.GetNeighboursAsync(query with { ParentIds = batch }, cancellationToken).ConfigureAwait(false);
        }
    }
}
