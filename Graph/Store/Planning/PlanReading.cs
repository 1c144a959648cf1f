namespace GraphServer.Store.Planning;

/// <summary>
/// Collects a plan's answer while a store reads it back, parent by parent. A node reached through several parents of
/// the level above is the parent of the level below only once: its rows are the same each time.
/// </summary>
public sealed class PlanReading
{
    private readonly Dictionary<PlanSelection, (List<string> Parents, HashSet<string> Seen, List<Neighbour> Rows)> _selections =
        new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<PlanSelection, Dictionary<string, long>> _counts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether this is the first time the selection is read for this parent (and notes it).</summary>
    public bool FirstVisit(PlanSelection selection, string parentId)
    {
        var entry = Entry(selection);
        if (!entry.Seen.Add(parentId))
        {
            return false;
        }

        entry.Parents.Add(parentId);
        return true;
    }

    private readonly Dictionary<AggregateQuery, Dictionary<string, IReadOnlyList<AggregateBucket>>> _buckets =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>One parent's buckets of an aggregate (a root aggregate's under the empty id).</summary>
    public void Buckets(AggregateQuery aggregate, string parentId, IReadOnlyList<AggregateBucket> buckets)
    {
        if (!_buckets.TryGetValue(aggregate, out var byParent))
        {
            _buckets[aggregate] = byParent = new Dictionary<string, IReadOnlyList<AggregateBucket>>(StringComparer.Ordinal);
        }

        byParent[parentId] = buckets;
    }

    public void Row(PlanSelection selection, Neighbour row) => Entry(selection).Rows.Add(row);

    public void Count(PlanSelection selection, string parentId, long count)
    {
        if (!_counts.TryGetValue(selection, out var counts))
        {
            _counts[selection] = counts = new Dictionary<string, long>(StringComparer.Ordinal);
        }

        counts[parentId] = count;
    }

    /// <summary>The answer with <paramref name="root"/> (and, for a search root, its hits' <paramref name="scores"/>).</summary>
    public PlanResult ToResult(NodePage root, IReadOnlyList<double>? scores = null) => Into(new PlanResult(root) { Scores = scores ?? [] });

    /// <summary>The rows and counts read, added to a result the caller made (a timeline's, with its distances).</summary>
    public PlanResult Into(PlanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var (selection, entry) in _selections)
        {
            result.Add(selection, entry.Parents, entry.Rows);
        }

        foreach (var (selection, counts) in _counts)
        {
            result.AddCounts(selection, counts);
        }

        foreach (var (aggregate, buckets) in _buckets)
        {
            result.AddBuckets(aggregate, buckets);
        }

        return result;
    }

    private (List<string> Parents, HashSet<string> Seen, List<Neighbour> Rows) Entry(PlanSelection selection)
    {
        if (!_selections.TryGetValue(selection, out var entry))
        {
            _selections[selection] = entry = ([], new HashSet<string>(StringComparer.Ordinal), []);
        }

        return entry;
    }
}
