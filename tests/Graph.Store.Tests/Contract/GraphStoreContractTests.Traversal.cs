using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>Paths and neighbourhoods, checked against the brute-force reference.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly DateOnly Spring2024 = new(2024, 4, 15);

    private static string Describe(FoundPath path) =>
        string.Join(" ", path.Nodes.Select(n => n.Id)) + " | " + string.Join(" ", path.Edges.Select(e => $"{e.Type}:{e.FromId}>{e.ToId}"));

    private static string Describe((List<string> Nodes, List<GraphEdge> Edges) path) =>
        string.Join(" ", path.Nodes) + " | " + string.Join(" ", path.Edges.Select(e => $"{e.Type}:{e.FromId}>{e.ToId}"));

    /// <summary>Every relationship type but CITES: through the shared gazette source every test node is two hops from every other.</summary>
    private static readonly string[] Facts = [.. GraphServer.Model.RecruitmentModel.Instance.RelationshipTypes.Where(r => !r.IsCitation).Select(r => r.Type)];

    [SkippableFact]
    public async Task Shortest_paths_are_all_the_paths_of_the_least_length()
    {
        var paths = await Store.FindPathsAsync(new PathQuery(Beta, Front, 6) { ShortestOnly = true, Types = [.. Facts.Except(["BY", "AT"])] });

        Assert.Equal(
        [
            $"{Beta} {Channel} {Offer1} {Fighter1} {Unit} {Front}",
            $"{Beta} {Channel} {Offer1} {Fighter2} {Unit} {Front}",
        ], paths.Select(p => string.Join(" ", p.Nodes.Select(n => n.Id))));
        Assert.All(paths, p => Assert.Equal(["OPERATES", "ADVERTISED_ON", "ANSWERED", "SERVED_IN", "DEPLOYED_TO"], p.Edges.Select(e => e.Type)));
        Assert.Equal("Fighter", paths[0].Nodes[3].Label);
    }

    [SkippableFact]
    public async Task No_path_within_the_hop_limit_or_over_the_allowed_types_is_none()
    {
        Assert.Empty(await Store.FindPathsAsync(new PathQuery(Beta, Front, 4) { ShortestOnly = true, Types = Facts }));
        Assert.Empty(await Store.FindPathsAsync(new PathQuery(Beta, Front, 6) { ShortestOnly = true, Types = ["PLACED", "ANSWERED", "SERVED_IN", "DEPLOYED_TO"] }));
        Assert.Empty(await Store.FindPathsAsync(new PathQuery(Beta, "unit:does-not-exist", 6)));
    }

    [SkippableTheory]
    [InlineData(Alpha, Unit, 4)]
    [InlineData(Beta, Country, 5)]
    [InlineData(Fighter3, Front, 5)]
    public async Task All_simple_paths_match_the_brute_force_reference_in_order(string from, string to, int maxHops)
    {
        var expected = Reference.Paths(from, to, maxHops, [], null).Take(50).Select(Describe);

        var paths = await Store.FindPathsAsync(new PathQuery(from, to, maxHops) { Limit = 50 });

        Assert.Equal(expected, paths.Select(Describe));
        Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Edges.Count + 1));
    }

    [SkippableFact]
    public async Task Paths_between_seed_nodes_match_the_reference_and_respect_the_limit()
    {
        var claims = SeedNodes("Claim").Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        var (from, to) = (claims[0], claims[^1]);
        var expected = Reference.Paths(from, to, 4, ["ABOUT", "STATED_BY", "PART_OF", "MEMBER_OF"], null).Take(7).Select(Describe).ToList();

        var paths = await Store.FindPathsAsync(new PathQuery(from, to, 4) { Types = ["ABOUT", "STATED_BY", "PART_OF", "MEMBER_OF"], Limit = 7 });

        Assert.Equal(expected, paths.Select(Describe));
    }

    [SkippableFact]
    public async Task Paths_as_of_a_day_use_only_links_and_nodes_valid_then()
    {
        var expected = Reference.Paths(Alpha, Front, 5, [], Spring2024).Select(Describe).ToList();

        var paths = await Store.FindPathsAsync(new PathQuery(Alpha, Front, 5) { AsOf = Spring2024, Limit = 100 });

        Assert.Equal(expected, paths.Select(Describe));
        // Fighter 2 joined the unit on 1 May and offer 2 was first seen in September: neither link nor node is there yet.
        Assert.DoesNotContain(paths, p => p.Edges.Any(e => e.Type == "SERVED_IN" && e.FromId == Fighter2) || p.Nodes.Any(n => n.Id == Offer2));
        Assert.NotEmpty(paths);
    }

    [SkippableFact]
    public async Task A_neighbourhood_is_every_node_within_the_depth_and_the_links_between_them()
    {
        var expectedNodes = Reference.Around([Beta], 2, Facts, null);

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Beta], 2) { Types = Facts });

        Assert.Equal([Beta, Channel, Offer3, Offer1, Offer2], expectedNodes);
        Assert.Equal(expectedNodes, subgraph.Nodes.Select(n => n.Id));
        Assert.Equal(
            Reference.EdgesAmong(expectedNodes, Facts, null).Select(e => $"{e.Type}:{e.FromId}>{e.ToId}").Order(StringComparer.Ordinal),
            subgraph.Edges.Select(e => $"{e.Type}:{e.FromId}>{e.ToId}").Order(StringComparer.Ordinal));
        Assert.False(subgraph.Truncated);
    }

    [SkippableFact]
    public async Task A_neighbourhood_is_cut_closest_first_and_says_so()
    {
        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Beta], 2) { Limit = 3, Types = Facts });

        Assert.Equal([Beta, Channel, Offer3], subgraph.Nodes.Select(n => n.Id));
        Assert.Equal(2, subgraph.Edges.Count);
        Assert.True(subgraph.Truncated);
    }

    [SkippableFact]
    public async Task A_neighbourhood_of_seed_nodes_over_some_types_matches_the_reference()
    {
        var starts = SeedNodes("Country").Select(c => c.Id).Order(StringComparer.Ordinal).Take(2).ToList();
        string[] types = ["TARGETS", "PLACED", "ABOUT", "CITIZEN_OF"];
        var expected = Reference.Around(starts, 3, types, null);

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery(starts, 3) { Types = types });

        Assert.Equal(expected, subgraph.Nodes.Select(n => n.Id));
        Assert.Equal(Reference.EdgesAmong(expected, types, null).Count, subgraph.Edges.Count);
    }

    [SkippableFact]
    public async Task A_neighbourhood_as_of_a_day_leaves_out_links_not_yet_valid()
    {
        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Beta], 3) { AsOf = new DateOnly(2024, 3, 15), Types = Facts });

        Assert.Equal(Reference.Around([Beta], 3, Facts, new DateOnly(2024, 3, 15)), subgraph.Nodes.Select(n => n.Id));
        Assert.Equal([Beta, Offer3], subgraph.Nodes.Select(n => n.Id));
    }
}
