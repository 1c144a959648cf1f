namespace GraphServer.Store;

/// <summary>
/// The contract both stores implement, set-at-a-time: every call answers for a whole batch in one round trip.
/// The contract test suite runs the same assertions against every implementation.
/// </summary>
/// <remarks>
/// <para><b>As of.</b> Queries with an <c>AsOf</c> day see the graph as it was known and valid on that day (dates are
/// compared as yyyy-MM-dd, both ends inclusive):</para>
/// <list type="bullet">
/// <item>a node or relationship is valid unless its <c>validFrom</c> is after the day or its <c>validTo</c> before it;</item>
/// <item>a node or relationship is known unless its derived <c>knownFrom</c> is after the day: for a node the later of its
/// type's own known-from date (<c>PropertyFlags.KnownFrom</c>: a claim's <c>asOf</c>, an offer's <c>firstSeen</c>, an
/// event's <c>date</c>, a source's <c>publishedAt</c>) and the first publication of the sources it cites, for a
/// relationship the first publication of its sources. The store keeps <c>knownFrom</c> in the transaction of each write;</item>
/// <item>a relationship counts only when it is valid and known, and the node at its far end is visible.</item>
/// </list>
/// <para>Dates may be partial (yyyy, yyyy-MM): a from-date counts from its first day, a <c>validTo</c> to its last day.
/// Missing dates never hide anything. <see cref="GetNodesAsync(IReadOnlyCollection{string}, CancellationToken)"/> looks up
/// by id and ignores time.</para>
/// <para><b>Provenance.</b> Every node but a Source cites at least one Source through <c>CITES</c>; every other
/// relationship names its Sources in <c>sourceIds</c> (with <c>quotes</c>, same length). Writes without it are refused.</para>
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Short name for logs and health: <c>embedded</c> or <c>neo4j</c>.</summary>
    string Name { get; }

    /// <summary>Connects and applies the schema (tables, constraints, indexes); idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the store answers a trivial query (readiness).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);

    Task<long> CountNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>The nodes with these ids, in no particular order; unknown ids are left out.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="GetNodesAsync(IReadOnlyCollection{string}, CancellationToken)"/>; with <paramref name="withSources"/>
    /// every node's <see cref="GraphNode.Sources"/> is filled in the same call. The default serves stores without sources.
    /// </summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, bool withSources, CancellationToken cancellationToken = default) =>
        withSources
            ? throw new NotSupportedException($"{Name} does not return sources.")
            : GetNodesAsync(ids, cancellationToken);

    /// <summary>A filtered, ordered page of one label and the number of matches in all.</summary>
    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>Neighbours of every parent in the query, grouped by nothing: each row names its parent. Parents not found have none.</summary>
    Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per parent, how many neighbours match the query's Where, FarLabels and AsOf (paging ignored), for the whole batch
    /// in one call; every parent of the query is a key, 0 when it has none. The default counts what GetNeighboursAsync returns.
    /// </summary>
    async Task<IReadOnlyDictionary<string, long>> CountNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        var all = await GetNeighboursAsync(query with { TakePerParent = null, SkipPerParent = 0, WithSources = false }, cancellationToken)
            .ConfigureAwait(false);
        var counts = query.ParentIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        foreach (var neighbour in all)
        {
            counts[neighbour.ParentId]++;
        }

        return counts;
    }

    /// <summary>
    /// A whole read compiled from one request (see <see cref="Planning.PlanQuery"/>): the root and every nested relationship
    /// selection, each answered as <see cref="FindNodesAsync"/>, <see cref="GetNeighboursAsync"/> and
    /// <see cref="CountNeighboursAsync"/> would answer it, in one snapshot. Neo4j runs it as one statement, the embedded
    /// store in one read transaction; the default runs the contract's calls level by level.
    /// </summary>
    Task<Planning.PlanResult> RunPlanAsync(Planning.PlanQuery plan, CancellationToken cancellationToken = default) =>
        Planning.LevelByLevelPlan.Over(this).RunAsync(plan, cancellationToken);

    /// <summary>Shortest or all simple paths between two nodes (see <see cref="PathQuery"/>); none when either end is unknown.</summary>
    Task<IReadOnlyList<FoundPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>The subgraph around some nodes (see <see cref="NeighbourhoodQuery"/>).</summary>
    Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts by group in one call (see <see cref="AggregateQuery"/>: property, list and neighbour keys, several at once,
    /// per parent for a whole batch of parents): per parent (by id), largest first, then by the keys in order (nulls last,
    /// numbers as numbers, text by ordinal), the same order in every store.
    /// </summary>
    Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default);

    /// <summary>Full-text search, best first (ties by id). The stores agree on the set of hits, not on scores.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Validates the change set against the model and the stored graph, then applies all of it or nothing.</summary>
    Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default);
}
