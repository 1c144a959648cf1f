using GraphServer.Model;
using GraphServer.Store.Validation;
using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>Provenance as graph: sources returned with the records, refused writes without them, knownFrom, partial dates.</summary>
public abstract partial class GraphStoreContractTests
{
    [SkippableFact]
    public async Task Neighbours_with_sources_carry_each_nodes_and_each_links_citations_with_quotes()
    {
        var neighbours = await Store.GetNeighboursAsync(new NeighbourQuery([Offer1], "TARGETS", EdgeDirection.Outgoing) { WithSources = true });

        var target = Assert.Single(neighbours);
        var nodeCitation = Assert.Single(target.Node.Sources!);
        Assert.Equal((Source, "Contract Test Gazette", $"about {Country}"), (nodeCitation.Source.Id, nodeCitation.Source["publisher"], nodeCitation.Quote));
        var edgeCitation = Assert.Single(target.Edge.Sources!);
        Assert.Equal((Source, (string?)null), (edgeCitation.Source.Id, edgeCitation.Quote));
        Assert.Equal(new[] { Source }, target.Edge.Properties[CommonProperties.SourceIds]);
    }

    [SkippableFact]
    public async Task Sources_are_returned_only_when_asked_for_by_id_and_by_page()
    {
        var plain = Assert.Single(await Store.GetNodesAsync([Alpha]));
        var cited = Assert.Single(await Store.GetNodesAsync([Alpha], withSources: true));
        var page = await Store.FindNodesAsync(new NodeQuery("Recruiter") { Where = Filter.StartsWith("id", "recruiter:t-"), WithSources = true });

        Assert.Null(plain.Sources);
        Assert.Equal([$"about {Alpha}"], cited.Sources!.Select(c => c.Quote));
        Assert.Equal([$"about {Alpha}", $"about {Beta}"], page.Nodes.Select(n => Assert.Single(n.Sources!).Quote));
    }

    [SkippableFact]
    public async Task Far_labels_are_cut_and_paged_per_parent_in_the_store()
    {
        async Task<string[]> ActorsAsync(IReadOnlyList<string>? labels, int skip, int? take) =>
            [.. (await Store.GetNeighboursAsync(new NeighbourQuery([Capture], "BY", EdgeDirection.Outgoing)
            {
                FarLabels = labels, SkipPerParent = skip, TakePerParent = take,
            })).Select(n => n.Node.Id)];

        Assert.Equal([Country, Ministry, Minister], await ActorsAsync(null, 0, null));
        Assert.Equal([Ministry], await ActorsAsync(["Person", "Organization"], 0, 1));
        Assert.Equal([Minister], await ActorsAsync(["Organization", "Person"], 1, 1));
        Assert.Empty(await ActorsAsync(["Country"], 1, 5));
        await Assert.ThrowsAsync<ArgumentException>(() => ActorsAsync(["Unit"], 0, null));
    }

    [SkippableFact]
    public async Task Neighbours_are_counted_per_parent_with_far_labels_and_filters()
    {
        var all = await Store.CountNeighboursAsync(new NeighbourQuery([Capture, Front, "event:t-none"], "BY", EdgeDirection.Outgoing));
        var people = await Store.CountNeighboursAsync(new NeighbourQuery([Capture], "BY", EdgeDirection.Outgoing) { FarLabels = ["Person"] });
        var fighters = await Store.CountNeighboursAsync(new NeighbourQuery([Offer1, Offer2, Offer3], "ANSWERED", EdgeDirection.Incoming)
        {
            Where = Filter.Eq("status", "captured"),
        });

        Assert.Equal(new Dictionary<string, long> { [Capture] = 3, [Front] = 0, ["event:t-none"] = 0 }, all);
        Assert.Equal(1, people[Capture]);
        Assert.Equal(new Dictionary<string, long> { [Offer1] = 1, [Offer2] = 0, [Offer3] = 0 }, fighters);
    }

    [SkippableFact]
    public async Task A_fact_without_a_source_is_refused_and_names_what_is_missing()
    {
        var uncited = Node("Location", "location:t-uncited", new() { ["name"] = "Nowhere" });
        var unsourcedLink = new GraphEdge("DEPLOYED_TO", Unit, Front, new Dictionary<string, object?>());
        var wronglySourced = new GraphEdge("TARGETS", Offer3, Country, new Dictionary<string, object?> { ["sourceIds"] = new[] { Alpha } });

        var error = await Assert.ThrowsAsync<ChangeSetValidationException>(() =>
            Store.ApplyAsync(new ChangeSet([uncited], [unsourcedLink, wronglySourced])));

        Assert.Contains(error.Problems, p => p.Item.Contains("location:t-uncited", StringComparison.Ordinal) && p.Field == "sources");
        Assert.Contains(error.Problems, p => p.Item.Contains("DEPLOYED_TO", StringComparison.Ordinal) && p.Field == "sourceIds");
        Assert.Contains(error.Problems, p => p.Field == "sourceIds" && p.Reason == $"'{Alpha}' is a Recruiter, not a Source");
        Assert.Empty(await Store.GetNodesAsync(["location:t-uncited"]));
    }

    [SkippableFact]
    public async Task A_second_location_for_an_event_is_refused()
    {
        var cites = new Dictionary<string, object?> { ["sourceIds"] = new[] { Source } };
        var seedLocation = SeedNodes("Location")[0].Id;

        var error = await Assert.ThrowsAsync<ChangeSetValidationException>(() =>
            Store.ApplyAsync(new ChangeSet([], [new GraphEdge("AT", Capture, seedLocation, cites)])));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("location", problem.Field);
        Assert.Equal([Front], (await Store.GetNeighboursAsync(new NeighbourQuery([Capture], "AT", EdgeDirection.Outgoing))).Select(n => n.Node.Id));
    }

    [SkippableFact]
    public async Task As_of_never_shows_a_fact_before_its_first_source_was_published()
    {
        var before = new DateOnly(2024, 1, 9);
        var published = new DateOnly(2024, 1, 10);

        Assert.Empty(await Store.FindNodesAsync(new NodeQuery("Country") { Where = Filter.Eq("iso2", "ZZ"), AsOf = before }) is { } p1 ? p1.Nodes : []);
        Assert.Single((await Store.FindNodesAsync(new NodeQuery("Country") { Where = Filter.Eq("iso2", "ZZ"), AsOf = published })).Nodes);
        Assert.Equal("2024-01-10", Assert.Single(await Store.GetNodesAsync([Offer3]))[CommonProperties.KnownFrom]);
        Assert.Equal("2024-03-01", Assert.Single(await Store.GetNodesAsync([Offer1]))[CommonProperties.KnownFrom]);
        Assert.Empty(await Store.GetNeighboursAsync(new NeighbourQuery([Beta], "PLACED", EdgeDirection.Outgoing) { AsOf = before }));
    }

    [SkippableFact]
    public async Task Partial_dates_count_from_their_first_day_and_a_valid_to_until_its_last()
    {
        const string source = "source:t-partial";
        const string place = "location:t-partial";
        var changes = new ChangeSet(
            [
                Node("Source", source, new() { ["publisher"] = "Test", ["title"] = "Partial", ["kind"] = "news", ["publishedAt"] = "2024-11" }),
                Node("Location", place, new() { ["name"] = "Partial place", ["validTo"] = "2025-02" }),
            ],
            [new GraphEdge("CITES", place, source, new Dictionary<string, object?> { ["quote"] = "in November" })]);
        await Store.ApplyAsync(changes);
        try
        {
            async Task<bool> VisibleAsync(int year, int month, int day) =>
                (await Store.FindNodesAsync(new NodeQuery("Location") { Where = Filter.Eq("id", place), AsOf = new DateOnly(year, month, day) })).Nodes.Count == 1;

            Assert.Equal("2024-11", Assert.Single(await Store.GetNodesAsync([place]))[CommonProperties.KnownFrom]);
            Assert.False(await VisibleAsync(2024, 10, 31));
            Assert.True(await VisibleAsync(2024, 11, 1));
            Assert.True(await VisibleAsync(2025, 2, 28));
            Assert.False(await VisibleAsync(2025, 3, 1));

            // A later publication date on the source moves what cites it.
            await Store.ApplyAsync(new ChangeSet([changes.Nodes[0] with { Properties = new Dictionary<string, object?>(changes.Nodes[0].Properties) { ["publishedAt"] = "2025" } }], []));
            Assert.Equal("2025", Assert.Single(await Store.GetNodesAsync([place]))[CommonProperties.KnownFrom]);
        }
        finally
        {
            await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [place, source] });
        }
    }
}
