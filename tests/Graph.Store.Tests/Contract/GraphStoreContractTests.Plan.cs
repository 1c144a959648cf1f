using GraphServer.Store.Planning;
using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// RunPlanAsync answers every level of a plan exactly as the contract's own calls answer it (FindNodesAsync or a lookup,
/// then GetNeighboursAsync and CountNeighboursAsync per level for the parents of the level above): rows per parent in
/// order, edges with their properties, sources of nodes and edges, counts, far-label and parent-label tests, as of.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_plan_answers_each_level_as_the_contract_calls_do(bool asOf)
    {
        DateOnly? day = asOf ? new DateOnly(2025, 6, 30) : null;
        var citizens = new PlanSelection(new NeighbourQuery([], "CITIZEN_OF", EdgeDirection.Incoming)
        {
            Order = [new("alias", SortDirection.Descending)], TakePerParent = 2, AsOf = day, WithSources = true,
        }, []) { Count = true };
        var targets = new PlanSelection(new NeighbourQuery([], "TARGETS", EdgeDirection.Outgoing) { TakePerParent = 3, AsOf = day, WithSources = true },
            [citizens]) { Count = true };
        var placedBy = new PlanSelection(new NeighbourQuery([], "PLACED", EdgeDirection.Incoming) { SkipPerParent = 0, TakePerParent = 1, AsOf = day }, []);
        var page = new NodeQuery("Offer") { Order = [new("id", SortDirection.Ascending)], Take = 6, AsOf = day, WithSources = true };

        var result = await Store.RunPlanAsync(PlanQuery.ForPage(page, [targets, placedBy]));

        var root = await Store.FindNodesAsync(page);
        Assert.Equal(Describe(root.Nodes), Describe(result.Root.Nodes));
        Assert.Equal(root.TotalCount, result.Root.TotalCount);
        Assert.NotEmpty(result.RowsOf(citizens));
        await AssertLevelAsync(result, targets, root.Nodes);
        await AssertLevelAsync(result, placedBy, root.Nodes);
    }

    [SkippableFact]
    public async Task A_lookup_plan_keeps_its_label_and_tests_parent_labels_below()
    {
        var offers = new PlanSelection(new NeighbourQuery([], "PLACED", EdgeDirection.Outgoing) { TakePerParent = 10 }, []) { ParentLabel = "Recruiter" };
        var plan = PlanQuery.ForLookup(new PlanLookup([Alpha, Beta, Offer1, "recruiter:never-stored"], "Recruiter") { WithSources = true }, [offers]);

        var result = await Store.RunPlanAsync(plan);

        Assert.Equal([Alpha, Beta], result.Root.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.All(result.Root.Nodes, n => Assert.NotEmpty(n.Sources!));
        Assert.Equal([Alpha, Beta], result.ParentsOf(offers).Order(StringComparer.Ordinal));
        var expected = await Store.GetNeighboursAsync(offers.Query with { ParentIds = [Alpha, Beta] });
        Assert.Equal(Describe(expected), Describe(result.RowsOf(offers)));
        Assert.NotEmpty(expected);
    }

    [SkippableFact]
    public async Task Count_only_selections_read_no_rows_and_count_as_the_contract_does_each_with_its_own_filter()
    {
        static PlanSelection Citizens(Filter? where) =>
            new(new NeighbourQuery([], "CITIZEN_OF", EdgeDirection.Incoming) { Where = where, TakePerParent = 11 }, []) { Count = true, ReadsRows = false };
        var funnel = new[]
        {
            Citizens(null), Citizens(Filter.Eq("status", "captured")), Citizens(Filter.Eq("status", "killed")),
            Citizens(Filter.In("status", "deployed", "killed")), Citizens(Filter.Eq("status", "repatriated")),
        };
        var offers = new PlanSelection(new NeighbourQuery([], "TARGETS", EdgeDirection.Incoming) { TakePerParent = 2 }, []) { Count = true };
        var plan = PlanQuery.ForLookup(new PlanLookup([Country], "Country"), [.. funnel, offers]);

        var result = await Store.RunPlanAsync(plan);

        Assert.Equal([3L, 1L, 1L, 2L, 0L], funnel.Select(f => result.CountsOf(f)![Country]));
        Assert.All(funnel, f => Assert.Empty(result.RowsOf(f)));
        Assert.All(funnel, f => Assert.Equal([Country], result.ParentsOf(f)));
        foreach (var f in funnel)
        {
            var expected = await Store.CountNeighboursAsync(f.Query with { ParentIds = [Country], TakePerParent = null });
            Assert.Equal(expected[Country], result.CountsOf(f)![Country]);
        }

        await AssertLevelAsync(result, offers, result.Root.Nodes);
    }

    [SkippableFact]
    public async Task A_projected_plan_reads_at_least_the_asked_properties_with_their_values_and_may_skip_the_root_total()
    {
        var placed = new PlanSelection(new NeighbourQuery([], "PLACED", EdgeDirection.Outgoing) { TakePerParent = 5 }, [])
        {
            NodeProperties = ["id", "promisedRole"], EdgeProperties = ["validFrom"],
        };
        var operates = new PlanSelection(new NeighbourQuery([], "OPERATES", EdgeDirection.Outgoing), []) { NodeProperties = ["id"], EdgeProperties = [] };
        var page = new NodeQuery("Recruiter") { Where = Filter.In("kind", "agency", "influencer"), Order = [new("id", SortDirection.Ascending)], Take = 5 };
        var plan = PlanQuery.ForPage(page, [placed, operates]) with { RootProperties = ["id", "name"], CountsTotal = false };

        var result = await Store.RunPlanAsync(plan);

        var (allPlaced, allOperates) = (new PlanSelection(placed.Query, []), new PlanSelection(operates.Query, []));
        var whole = await Store.RunPlanAsync(PlanQuery.ForPage(page, [allPlaced, allOperates]));
        Assert.Equal(whole.Root.Nodes.Select(n => n.Id), result.Root.Nodes.Select(n => n.Id));
        Assert.True(result.Root.TotalCount == whole.Root.TotalCount || result.Root.TotalCount == -1, $"total {result.Root.TotalCount}");
        Assert.NotEmpty(result.Root.Nodes);
        AssertProjected(whole.Root.Nodes, result.Root.Nodes, ["id", "name"]);
        Assert.Equal(whole.RowsOf(allPlaced).Select(r => r.Node.Id), result.RowsOf(placed).Select(r => r.Node.Id));
        AssertProjected([.. whole.RowsOf(allPlaced).Select(r => r.Node)], [.. result.RowsOf(placed).Select(r => r.Node)], ["id", "promisedRole"]);
        Assert.Equal(
            whole.RowsOf(allPlaced).Select(r => $"{r.Edge.FromId}->{r.Edge.ToId} {r.Edge.Properties.GetValueOrDefault("validFrom")}"),
            result.RowsOf(placed).Select(r => $"{r.Edge.FromId}->{r.Edge.ToId} {r.Edge.Properties.GetValueOrDefault("validFrom")}"));
        Assert.Contains(result.RowsOf(placed), r => r.Edge.Properties.GetValueOrDefault("validFrom") is "2024-03-01");
        Assert.Equal(whole.RowsOf(allOperates).Select(r => $"{r.ParentId} {r.Node.Id}"), result.RowsOf(operates).Select(r => $"{r.ParentId} {r.Node.Id}"));
        Assert.NotEmpty(result.RowsOf(operates));
    }

    /// <summary>Each node holds every asked property with the whole read's value (a store may hold more).</summary>
    private static void AssertProjected(IReadOnlyList<GraphNode> whole, IReadOnlyList<GraphNode> projected, string[] asked)
    {
        Assert.Equal(whole.Select(n => $"{n.Label} {n.Id}"), projected.Select(n => $"{n.Label} {n.Id}"));
        foreach (var (full, part) in whole.Zip(projected))
        {
            Assert.All(asked, name => Assert.Equal(full[name], part[name]));
            Assert.All(part.Properties, p => Assert.Equal(full[p.Key], p.Value));
        }
    }

    private async Task AssertLevelAsync(PlanResult result, PlanSelection selection, IReadOnlyList<GraphNode> parents)
    {
        var ids = parents.Select(p => p.Id).Distinct(StringComparer.Ordinal).ToList();
        var query = selection.Query with { ParentIds = ids };
        var expected = await Store.GetNeighboursAsync(query);
        Assert.Equal(ids.Order(StringComparer.Ordinal), result.ParentsOf(selection).Order(StringComparer.Ordinal));
        Assert.Equal(Describe(expected), Describe(result.RowsOf(selection)));
        if (selection.Count)
        {
            var counts = await Store.CountNeighboursAsync(query with { Order = [], TakePerParent = null, SkipPerParent = 0, WithSources = false });
            Assert.Equal(counts.OrderBy(c => c.Key, StringComparer.Ordinal), result.CountsOf(selection)!.OrderBy(c => c.Key, StringComparer.Ordinal));
        }

        foreach (var child in selection.Children)
        {
            await AssertLevelAsync(result, child, [.. expected.Select(r => r.Node)]);
        }
    }

    /// <summary>Rows grouped by parent in their order, with edge properties and the sources of node and edge.</summary>
    private static List<string> Describe(IEnumerable<Neighbour> rows) => rows
        .GroupBy(r => r.ParentId, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .SelectMany(g => g.Select(r => $"{g.Key} {r.Edge.FromId}-{r.Edge.Type}->{r.Edge.ToId} {Properties(r.Edge.Properties)} "
            + $"{Citations(r.Edge.Sources)} | {Describe([r.Node])[0]}"))
        .ToList();

    private static List<string> Describe(IEnumerable<GraphNode> nodes) =>
        [.. nodes.Select(n => $"{n.Label} {n.Id} {Properties(n.Properties)} {Citations(n.Sources)}")];

    private static string Properties(IReadOnlyDictionary<string, object?> properties) => string.Join(',', properties
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{p.Key}={(p.Value is System.Collections.IEnumerable list and not string ? string.Join('/', list.Cast<object?>()) : p.Value)}"));

    private static string Citations(IReadOnlyList<Citation>? citations) =>
        citations is null ? "-" : string.Join(';', citations.Select(c => $"{c.Source.Id}:{c.Quote}"));
}
