namespace GraphServer.Store.Planning;

/// <summary>
/// The answer to a <see cref="PlanQuery"/>: the root's nodes (with the page's total, or the number found by a lookup),
/// and per selection the rows of every parent (each names its parent) and, when counted, every parent's count
/// (every parent is a key, 0 when it has none).
/// </summary>
public sealed class PlanResult(NodePage root)
{
    private readonly Dictionary<PlanSelection, IReadOnlyList<Neighbour>> _rows = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PlanSelection, IReadOnlyDictionary<string, long>> _counts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PlanSelection, IReadOnlyList<string>> _parents = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<AggregateQuery, IReadOnlyDictionary<string, IReadOnlyList<AggregateBucket>>> _buckets =
        new(ReferenceEqualityComparer.Instance);

    public NodePage Root { get; } = root;

    /// <summary>For a search root, each hit's score, in the order of <see cref="Root"/>'s nodes; empty otherwise.</summary>
    public IReadOnlyList<double> Scores { get; init; } = [];

    /// <summary>For a timeline root, each event's distance from the timeline's node, in the order of <see cref="Root"/>'s nodes.</summary>
    public IReadOnlyList<int> Distances { get; init; } = [];

    /// <summary>For a timeline root, whether the walk's node limit left nodes out (their events with them).</summary>
    public bool Truncated { get; init; }

    /// <summary>For a neighbourhood root, the neighbourhood (the root's nodes are its nodes); null otherwise.</summary>
    public Subgraph? Subgraph { get; private set; }

    /// <summary>For a paths root, the paths (the root's nodes are their nodes, each once); null otherwise.</summary>
    public IReadOnlyList<FoundPath>? Paths { get; private set; }

    /// <summary>The selection's rows for all its parents, each parent's in the query's order.</summary>
    public IReadOnlyList<Neighbour> RowsOf(PlanSelection selection) => _rows.GetValueOrDefault(selection) ?? [];

    /// <summary>The ids the selection was answered for (with or without rows).</summary>
    public IReadOnlyList<string> ParentsOf(PlanSelection selection) => _parents.GetValueOrDefault(selection) ?? [];

    /// <summary>Per parent, the count of the selection's neighbours; null when the selection did not ask for counts.</summary>
    public IReadOnlyDictionary<string, long>? CountsOf(PlanSelection selection) => _counts.GetValueOrDefault(selection);

    public void Add(PlanSelection selection, IReadOnlyList<string> parents, IReadOnlyList<Neighbour> rows)
    {
        ArgumentNullException.ThrowIfNull(selection);
        _parents[selection] = parents;
        _rows[selection] = rows;
    }

    /// <summary>
    /// An aggregate's buckets by parent id, each parent's in <see cref="IGraphStore.AggregateAsync"/>'s order (a root
    /// aggregate's under the empty id); every parent of its selection is a key, empty when it has none.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<AggregateBucket>> BucketsOf(AggregateQuery aggregate) =>
        _buckets.GetValueOrDefault(aggregate) ?? new Dictionary<string, IReadOnlyList<AggregateBucket>>(StringComparer.Ordinal);

    public void AddBuckets(AggregateQuery aggregate, IReadOnlyDictionary<string, IReadOnlyList<AggregateBucket>> buckets) =>
        _buckets[aggregate] = buckets;

    /// <summary>A neighbourhood root's answer: its nodes are the parents of the plan's selections.</summary>
    public static PlanResult Around(Subgraph subgraph)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        var result = new PlanResult(new NodePage(subgraph.Nodes, subgraph.Nodes.Count));
        result.AddTraversal(subgraph);
        return result;
    }

    /// <summary>A paths root's answer: the paths' nodes, each once, are the parents of the plan's selections.</summary>
    public static PlanResult Along(IReadOnlyList<FoundPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var nodes = paths.SelectMany(p => p.Nodes).DistinctBy(n => n.Id, StringComparer.Ordinal).ToList();
        var result = new PlanResult(new NodePage(nodes, nodes.Count));
        result.AddTraversal(paths);
        return result;
    }

    public void AddTraversal(Subgraph subgraph) => Subgraph = subgraph;

    public void AddTraversal(IReadOnlyList<FoundPath> paths) => Paths = paths;

    public void AddCounts(PlanSelection selection, IReadOnlyDictionary<string, long> counts) => _counts[selection] = counts;
}
