using GraphServer.Store.Neo4j;
using GraphServer.Store.Planning;
using GraphServer.Tests.Shared;
using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// Plan statements are cached by shape (Neo4jStore.PlanCache.cs): the same shape with other values reuses the text
/// (a cache hit; Debug builds, which the tests run, rebuild every hit and throw on any difference in text or values)
/// and answers for its own values, as the level-by-level reference does; another shape is built anew.
/// </summary>
public sealed class Neo4jPlanCacheTests(Neo4jStoreFixture fixture) : IClassFixture<Neo4jStoreFixture>
{
    [SkippableFact]
    public async Task A_repeated_plan_shape_reuses_its_statement_and_answers_for_its_own_values()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        var store = (Neo4jStore)fixture.Store!;
        var before = store.PlanCacheCounts;

        var first = await AssertAnswersAsync(store, Funnel(["captured", "killed"], "killed", "deployed", take: 1));
        var afterFirst = store.PlanCacheCounts;
        var second = await AssertAnswersAsync(store, Funnel(["deployed", "killed"], "captured", "missing", take: 2));
        var afterSecond = store.PlanCacheCounts;
        await AssertAnswersAsync(store, Funnel(["deployed"], "captured", null, take: 2)); // One filter fewer: another shape.
        var afterThird = store.PlanCacheCounts;

        Assert.Equal(afterFirst.Hits + 1, afterSecond.Hits);
        Assert.Equal(afterFirst.Misses, afterSecond.Misses);
        Assert.True(afterFirst.Hits + afterFirst.Misses == before.Hits + before.Misses + 1);
        Assert.Equal(afterSecond.Misses + 1, afterThird.Misses);
        Assert.NotEqual(first, second); // Same text, different values, different answers.
    }

    [SkippableFact]
    public async Task Another_projection_or_a_skipped_total_is_another_shape()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        var store = (Neo4jStore)fixture.Store!;
        PlanQuery Plan(IReadOnlyList<string>? properties, bool total) => PlanQuery.ForPage(
            new NodeQuery("Fighter") { Order = [new("alias", SortDirection.Ascending)], Take = 2 },
            [new PlanSelection(new NeighbourQuery([], "CITIZEN_OF", EdgeDirection.Outgoing), []) { NodeProperties = properties, EdgeProperties = [] }])
            with { RootProperties = properties, CountsTotal = total };

        var answers = new List<string>();
        foreach (var (properties, total) in new (IReadOnlyList<string>?, bool)[]
            { (["id", "alias"], true), (["id", "alias"], true), (["id", "status"], true), (null, true), (["id", "alias"], false) })
        {
            var before = store.PlanCacheCounts;
            var result = await store.RunPlanAsync(Plan(properties, total));
            var after = store.PlanCacheCounts;
            answers.Add($"{after.Misses - before.Misses} {result.Root.TotalCount > 0} "
                + string.Join(',', result.Root.Nodes.Select(n => string.Join('/', n.Properties.Keys.Order(StringComparer.Ordinal)))));
        }

        // The first shape is built once and hit once; each other projection or a skipped total is built anew.
        Assert.Equal(["1 True", "0 True", "1 True", "1 True", "1 False"], answers.Select(a => string.Join(' ', a.Split(' ')[..2])));
        Assert.Equal(answers[0][2..], answers[1][2..]);
        Assert.Contains("alias/id,", answers[0], StringComparison.Ordinal);
        Assert.Contains("id/status,", answers[2], StringComparison.Ordinal);
    }

    private static PlanQuery Funnel(object[] statuses, string counted, string? alsoCounted, int take)
    {
        PlanSelection Count(string status) => new(new NeighbourQuery([], "CITIZEN_OF", EdgeDirection.Incoming) { Where = Filter.Eq("status", status) }, [])
        {
            Count = true,
            ReadsRows = false,
        };
        // Nested rows with skip ≠ take at both levels: a walk that numbered a level's skip after its children's
        // parameters would page the cached statement wrongly (the first bench run caught exactly that).
        var servedIn = new PlanSelection(new NeighbourQuery([], "SERVED_IN", EdgeDirection.Outgoing) { SkipPerParent = 0, TakePerParent = take + 3 }, []);
        var citizens = new PlanSelection(new NeighbourQuery([], "CITIZEN_OF", EdgeDirection.Incoming)
        {
            Where = Filter.In("status", statuses), Order = [new("alias", SortDirection.Ascending)], SkipPerParent = take - 1, TakePerParent = take,
        }, [servedIn]) { Count = true };
        List<PlanSelection> selections = [citizens, Count(counted)];
        if (alsoCounted is not null)
        {
            selections.Add(Count(alsoCounted));
        }

        return PlanQuery.ForLookup(new PlanLookup([Country], "Country"), selections);
    }

    /// <summary>The plan's rows and counts, checked against the level-by-level reference, as one comparable text.</summary>
    private static async Task<string> AssertAnswersAsync(Neo4jStore store, PlanQuery plan)
    {
        var compiled = Describe(await store.RunPlanAsync(plan), plan);
        Assert.Equal(Describe(await LevelByLevelPlan.Over(store).RunAsync(plan, CancellationToken.None), plan), compiled);
        return compiled;
    }

    private static string Describe(PlanResult result, PlanQuery plan) => string.Join(" | ", plan.AllSelections().Select(s =>
        string.Join(',', result.RowsOf(s).Select(r => $"{r.ParentId}>{r.Node.Id}"))
        + " " + string.Join(',', (result.CountsOf(s) ?? new Dictionary<string, long>()).Select(c => $"{c.Key}={c.Value}"))));
}
