namespace GraphServer.Store.Planning;

/// <summary>
/// Answers a plan with the contract's set-at-a-time calls, one level after the other: the root, then per selection one
/// neighbour call for all its parents (and one count call). Stores without a plan of their own use it as it is; the
/// embedded store runs it with calls bound to one read transaction, so the levels share one snapshot.
/// </summary>
public sealed class LevelByLevelPlan(
    Func<NodeQuery, CancellationToken, Task<NodePage>> find,
    Func<IReadOnlyCollection<string>, bool, CancellationToken, Task<IReadOnlyList<GraphNode>>> lookup,
    Func<NeighbourQuery, CancellationToken, Task<IReadOnlyList<Neighbour>>> neighbours,
    Func<NeighbourQuery, CancellationToken, Task<IReadOnlyDictionary<string, long>>> count)
{
    /// <summary>Over a store's public calls (each its own transaction: levels may see different moments).</summary>
    public static LevelByLevelPlan Over(IGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new(store.FindNodesAsync, store.GetNodesAsync, store.GetNeighboursAsync, store.CountNeighboursAsync)
        {
            Search = store.SearchAsync,
            Neighbourhood = store.GetNeighbourhoodAsync,
            Aggregate = store.AggregateAsync,
            Paths = store.FindPathsAsync,
        };
    }

    /// <summary>Answers a search root; a plan with a search root needs it.</summary>
    public Func<SearchQuery, CancellationToken, Task<IReadOnlyList<SearchHit>>>? Search { get; init; }

    /// <summary>Answers a neighbourhood root and walks a timeline root's neighbourhood; a plan with either needs it.</summary>
    public Func<NeighbourhoodQuery, CancellationToken, Task<Subgraph>>? Neighbourhood { get; init; }

    /// <summary>Answers a plan's aggregates; a plan with aggregates needs it.</summary>
    public Func<AggregateQuery, CancellationToken, Task<IReadOnlyList<AggregateBucket>>>? Aggregate { get; init; }

    /// <summary>Answers a paths root; a plan with one needs it.</summary>
    public Func<PathQuery, CancellationToken, Task<IReadOnlyList<FoundPath>>>? Paths { get; init; }

    public async Task<PlanResult> RunAsync(PlanQuery plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Traversal is { } traversal)
        {
            return await RunTraversalAsync(plan, traversal, cancellationToken).ConfigureAwait(false);
        }

        NodePage root;
        IReadOnlyList<double> scores = [];
        if (plan.Timeline is { } timeline)
        {
            var walk = Neighbourhood ?? throw new InvalidOperationException("This plan runner cannot walk a neighbourhood.");
            var (events, distances, truncated) = await TimelineWalk.RunAsync(timeline, walk, find, cancellationToken).ConfigureAwait(false);
            var answered = new PlanResult(events) { Distances = distances, Truncated = truncated };
            await RunLevelAsync(plan.Selections, events.Nodes, answered, cancellationToken).ConfigureAwait(false);
            return answered;
        }

        if (plan.Page is { } page)
        {
            root = await find(page, cancellationToken).ConfigureAwait(false);
        }
        else if (plan.Search is { } search)
        {
            var searching = Search ?? throw new InvalidOperationException("This plan runner cannot search.");
            var hits = await searching(search.Query, cancellationToken).ConfigureAwait(false);
            root = new NodePage([.. hits.Select(h => h.Node)], hits.Count);
            scores = [.. hits.Select(h => h.Score)];
        }
        else
        {
            var wanted = plan.Lookup!;
            var found = await lookup(wanted.Ids, wanted.WithSources, cancellationToken).ConfigureAwait(false);
            var kept = found.Where(n => wanted.Label is null || n.Label == wanted.Label).ToList();
            root = new NodePage(kept, kept.Count);
        }

        var result = new PlanResult(root) { Scores = scores };
        foreach (var aggregate in plan.Aggregates)
        {
            await AggregateAsync(aggregate, null, result, cancellationToken).ConfigureAwait(false);
        }

        await RunLevelAsync(plan.Selections, root.Nodes, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<PlanResult> RunTraversalAsync(PlanQuery plan, PlanTraversal traversal, CancellationToken cancellationToken)
    {
        var result = traversal.Neighbourhood is { } query
            ? PlanResult.Around(await (Neighbourhood ?? throw new InvalidOperationException("This plan runner cannot walk neighbourhoods."))
                (query, cancellationToken).ConfigureAwait(false))
            : PlanResult.Along(await (Paths ?? throw new InvalidOperationException("This plan runner cannot find paths."))
                (traversal.Paths!, cancellationToken).ConfigureAwait(false));
        await RunLevelAsync(plan.Selections, result.Root.Nodes, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task RunLevelAsync(
        IReadOnlyList<PlanSelection> selections, IReadOnlyList<GraphNode> parents, PlanResult result, CancellationToken cancellationToken)
    {
        foreach (var selection in selections)
        {
            var ids = parents
                .Where(p => selection.ParentLabel is null || p.Label == selection.ParentLabel)
                .Select(p => p.Id)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var query = selection.Query with { ParentIds = ids };
            IReadOnlyList<Neighbour> rows = ids.Count == 0 || !selection.ReadsRows ? [] : await neighbours(query, cancellationToken).ConfigureAwait(false);
            result.Add(selection, ids, rows);
            if (selection.Count)
            {
                var counted = query with { Order = [], TakePerParent = null, SkipPerParent = 0, WithSources = false };
                result.AddCounts(selection, await count(counted, cancellationToken).ConfigureAwait(false));
            }

            foreach (var aggregate in selection.Aggregates)
            {
                await AggregateAsync(aggregate, ids, result, cancellationToken).ConfigureAwait(false);
            }

            if (selection.Children.Count > 0)
            {
                await RunLevelAsync(selection.Children, [.. rows.Select(r => r.Node)], result, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>An aggregate over every match (no <paramref name="parents"/>) or per parent, into the result by parent id.</summary>
    private async Task AggregateAsync(AggregateQuery aggregate, IReadOnlyList<string>? parents, PlanResult result, CancellationToken cancellationToken)
    {
        var aggregating = Aggregate ?? throw new InvalidOperationException("This plan runner cannot aggregate.");
        result.AddBuckets(aggregate, await AggregateBuckets.ByParentAsync(aggregate, parents, aggregating, cancellationToken).ConfigureAwait(false));
    }
}
