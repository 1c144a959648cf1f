using GraphServer.Store.Neo4j;
using GraphServer.Store.Planning;
using GraphServer.Tests.Shared;
using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// The plan cache for timeline, neighbourhood, paths and aggregate plans, variant by variant: each variant (a window bound,
/// a day, no relationships read, a type list, shortest only, …) is its own shape (a miss) and the same variant with other
/// values reuses it (a hit; Debug builds rebuild every hit and throw on any difference). Every answer is the level-by-level
/// reference's, so a hit answers for its own values.
/// </summary>
public sealed class Neo4jPlanCacheRootTests(Neo4jStoreFixture fixture) : IClassFixture<Neo4jStoreFixture>
{
    private static readonly DateOnly Day = new(2025, 9, 1);

    [SkippableFact]
    public async Task Each_timeline_variant_is_its_own_shape_and_a_repeat_with_other_values_is_a_hit()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        PlanQuery Timeline(string of, Func<PlanTimeline, PlanTimeline> variant) =>
            PlanQuery.ForTimeline(variant(new PlanTimeline(of, 2, [], "Event", "date", 10, 500)), [])
                with { RootProperties = ["id", "date"] };
        var variants = new Func<PlanTimeline, PlanTimeline>[]
        {
            t => t,
            t => t with { From = new DateOnly(2025, 7, 1) },
            t => t with { To = new DateOnly(2025, 12, 31) },
            t => t with { AsOf = Day },
        };

        var answers = await AssertMissThenHitAsync(variants.Select(v => (Timeline("fighter:syn-001", v), Timeline("fighter:syn-002", v))));

        Assert.Contains("event:syn-001-capture", answers[0].First, StringComparison.Ordinal);
        Assert.Contains("event:syn-002-death", answers[0].Second, StringComparison.Ordinal);
        Assert.DoesNotContain("event:syn-001-capture", answers[1].First, StringComparison.Ordinal); // 2025-06-10, before the window.
    }

    [SkippableFact]
    public async Task Each_traversal_variant_is_its_own_shape_and_a_repeat_with_other_values_is_a_hit()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        PlanQuery Around(string id, Func<NeighbourhoodQuery, NeighbourhoodQuery> variant, bool readsEdges = true) =>
            PlanQuery.ForTraversal(PlanTraversal.Of(variant(new NeighbourhoodQuery([id], 1))) with { ReadsEdges = readsEdges }, []);
        PlanQuery Along(string from, string to, Func<PathQuery, PathQuery> variant) =>
            PlanQuery.ForTraversal(PlanTraversal.Of(variant(new PathQuery(from, to, 4))), []) with { RootProperties = ["id"] };
        var pairs = new (PlanQuery, PlanQuery)[]
        {
            (Around(Alpha, q => q), Around(Beta, q => q)),
            (Around(Alpha, q => q with { AsOf = Day }), Around(Beta, q => q with { AsOf = Day })),
            (Around(Alpha, q => q, readsEdges: false), Around(Beta, q => q, readsEdges: false)),
            (Around(Alpha, q => q with { Types = ["PLACED"] }), Around(Beta, q => q with { Types = ["PLACED"] })),
            (Along("fighter:syn-001", "adchannel:syn-a-demo", q => q), Along("fighter:syn-002", "adchannel:syn-b-demo", q => q)),
            (Along("fighter:syn-001", "adchannel:syn-a-demo", q => q with { ShortestOnly = true }),
                Along("fighter:syn-002", "adchannel:syn-b-demo", q => q with { ShortestOnly = true })),
        };

        var answers = await AssertMissThenHitAsync(pairs);

        Assert.Contains(Alpha, answers[0].First, StringComparison.Ordinal);
        Assert.Contains(Beta, answers[0].Second, StringComparison.Ordinal);
        Assert.Contains("recruiter:syn-b", answers[4].Second, StringComparison.Ordinal);
        Assert.DoesNotContain("recruiter:syn-a", answers[4].Second, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Each_aggregate_variant_is_its_own_shape_and_a_repeat_with_other_values_is_a_hit()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        PlanQuery Funnel(string status, DateOnly? day)
        {
            var where = Filter.Eq("status", status);
            var byCountry = new AggregateQuery("Fighter", [AggregateKey.Neighbour("CITIZEN_OF", EdgeDirection.Outgoing)])
            {
                Where = where, AsOf = day,
            };
            // Per fighter: the units it served in, by kind (the selection's parents are the page's fighters).
            var unitKinds = new AggregateQuery("Unit", "kind")
            {
                AsOf = day, Parents = new AggregateParents([], "SERVED_IN", EdgeDirection.Outgoing),
            };
            var servedIn = new PlanSelection(new NeighbourQuery([], "SERVED_IN", EdgeDirection.Outgoing) { AsOf = day }, [])
            {
                Aggregates = [unitKinds],
            };
            var page = new NodeQuery("Fighter") { Where = where, Order = [new("id", SortDirection.Ascending)], Take = 5, AsOf = day };
            return PlanQuery.ForPage(page, [servedIn]) with { Aggregates = [byCountry] };
        }

        var answers = await AssertMissThenHitAsync(
            [(Funnel("captured", null), Funnel("killed", null)), (Funnel("captured", Day), Funnel("killed", Day))]);

        Assert.Contains("country:KE", answers[0].First, StringComparison.Ordinal);
        Assert.Contains("country:IQ", answers[0].Second, StringComparison.Ordinal);
        Assert.DoesNotContain("country:KE", answers[0].Second, StringComparison.Ordinal);
    }

    /// <summary>Runs each pair in order: the first a miss, the second (same shape, other values) a hit; both as the reference.</summary>
    private async Task<List<(string First, string Second)>> AssertMissThenHitAsync(IEnumerable<(PlanQuery First, PlanQuery Second)> pairs)
    {
        var store = (Neo4jStore)fixture.Store!;
        var answers = new List<(string, string)>();
        foreach (var (first, second) in pairs)
        {
            var (firstAnswer, firstCounts) = await RunAsync(store, first);
            var (secondAnswer, secondCounts) = await RunAsync(store, second);
            Assert.Equal((0L, 1L), firstCounts);
            Assert.Equal((1L, 0L), secondCounts);
            Assert.NotEqual(firstAnswer, secondAnswer);
            answers.Add((firstAnswer, secondAnswer));
        }

        return answers;
    }

    /// <summary>The plan's answer as text (checked against the level-by-level reference) and the hits and misses it caused.</summary>
    private static async Task<(string Answer, (long Hits, long Misses) Counts)> RunAsync(Neo4jStore store, PlanQuery plan)
    {
        var before = store.PlanCacheCounts;
        var result = await store.RunPlanAsync(plan);
        var after = store.PlanCacheCounts;
        var answer = Describe(result, plan);
        Assert.Equal(Describe(await LevelByLevelPlan.Over(store).RunAsync(plan, CancellationToken.None), plan), answer);
        return (answer, (after.Hits - before.Hits, after.Misses - before.Misses));
    }

    private static string Describe(PlanResult result, PlanQuery plan) => string.Join(" | ",
        string.Join(',', result.Root.Nodes.Select(n => n.Id)),
        string.Join(',', result.Distances),
        // A neighbourhood that reads no relationship answers none (the reference, the contract's call, reads them all).
        plan.Traversal?.ReadsEdges == false
            ? "-"
            : string.Join(',', result.Subgraph?.Edges.Select(e => $"{e.FromId}-{e.Type}-{e.ToId}") ?? []),
        string.Join(';', result.Paths?.Select(p => string.Join(',', p.Nodes.Select(n => n.Id))) ?? []),
        string.Join(';', plan.Aggregates.Concat(plan.AllSelections().SelectMany(s => s.Aggregates)).Select(a => string.Join(',',
            result.BucketsOf(a).OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value.Select(b =>
                $"{p.Key}:{string.Join('/', b.Keys)}={b.Count}"))))));
}
