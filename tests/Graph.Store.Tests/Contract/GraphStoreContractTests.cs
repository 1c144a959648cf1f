using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Validation;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// The store contract, once. Each store subclasses this with its own fixture; the assertions are the same, and their
/// expectations are computed from the seed file, so both stores must give exactly the answers the data implies.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly ChangeSet Seed = SeedData.Read();

    private static readonly ReferenceGraph Reference = new(Seed, ContractGraph.Changes);

    protected abstract IGraphStore Store { get; }

    /// <summary>The stored nodes of a label as the test data declares them: the seed's and the synthetic component's.</summary>
    private static IReadOnlyList<GraphNode> SeedNodes(string label) =>
        Seed.Nodes.Concat(ContractGraph.Changes.Nodes).Where(n => n.Label == label).ToList();

    [SkippableFact]
    public async Task Finding_countries_ordered_by_name_returns_the_first_page_and_the_total()
    {
        var expected = SeedNodes("Country").OrderBy(n => (string)n.Properties["name"]!, StringComparer.Ordinal).Take(3).Select(n => n.Id);

        var page = await Store.FindNodesAsync(new NodeQuery("Country") { Order = [new("name", SortDirection.Ascending)], Take = 3 });

        Assert.Equal(expected, page.Nodes.Select(n => n.Id));
        Assert.Equal(SeedNodes("Country").Count, page.TotalCount);
    }

    [SkippableFact]
    public async Task Descending_order_with_skip_pages_from_the_other_end()
    {
        var expected = SeedNodes("Country").OrderByDescending(n => (string)n.Properties["iso2"]!, StringComparer.Ordinal).Skip(2).Take(4);

        var page = await Store.FindNodesAsync(new NodeQuery("Country") { Order = [new("iso2", SortDirection.Descending)], Skip = 2, Take = 4 });

        Assert.Equal(expected.Select(n => n.Id), page.Nodes.Select(n => n.Id));
    }

    [SkippableFact]
    public async Task A_page_past_the_end_is_empty_but_still_counts()
    {
        var total = SeedNodes("Source").Count;

        var page = await Store.FindNodesAsync(new NodeQuery("Source") { Skip = total + 5, Take = 10 });

        Assert.Empty(page.Nodes);
        Assert.Equal(total, page.TotalCount);
    }

    [SkippableFact]
    public async Task Nulls_sort_last_ascending_and_first_descending()
    {
        var offers = SeedNodes("Offer");
        Skip.If(offers.All(o => o.Properties.ContainsKey("salaryAmount")), "the seed has no offer without a salary");

        var ascending = await Store.FindNodesAsync(new NodeQuery("Offer") { Order = [new("salaryAmount", SortDirection.Ascending)], Take = 500 });
        var descending = await Store.FindNodesAsync(new NodeQuery("Offer") { Order = [new("salaryAmount", SortDirection.Descending)], Take = 500 });

        Assert.Null(ascending.Nodes[^1]["salaryAmount"]);
        Assert.NotNull(ascending.Nodes[0]["salaryAmount"]);
        Assert.Null(descending.Nodes[0]["salaryAmount"]);
    }

    [SkippableFact]
    public async Task Getting_nodes_by_id_returns_every_property_in_the_model_shape()
    {
        var country = SeedNodes("Country")[0];
        var claim = SeedNodes("Claim")[0];

        var nodes = await Store.GetNodesAsync([country.Id, claim.Id, "country:does-not-exist"]);

        Assert.Equal(2, nodes.Count);
        var storedCountry = nodes.Single(n => n.Id == country.Id);
        Assert.Equal("Country", storedCountry.Label);
        Assert.Equal(country.Properties["name"], storedCountry["name"]);
        Assert.Equal(false, storedCountry[CommonProperties.Synthetic]);
        Assert.False(storedCountry.Properties.ContainsKey(CommonProperties.SourceIds));
        Assert.Null(storedCountry.Sources);
        Assert.IsType<double>(nodes.Single(n => n.Id == claim.Id)["value"]);
    }

    [SkippableFact]
    public async Task Applying_the_seed_again_creates_no_duplicates()
    {
        var before = await Store.CountNodesAsync();

        await SeedData.LoadAsync(Store);

        Assert.Equal(before, await Store.CountNodesAsync());
        Assert.Equal(Seed.Nodes.Count + ContractGraph.Changes.Nodes.Count, before);
    }

    [SkippableFact]
    public async Task A_change_set_with_one_bad_record_is_rejected_whole_and_names_the_problem()
    {
        var before = await Store.CountNodesAsync();
        var good = Node("Source", "source:contract-test-good", new() { ["publisher"] = "Test", ["title"] = "Good", ["kind"] = "news" });
        var bad = Node("Country", "country:XX", new() { ["iso2"] = "XX" });
        var citation = new GraphEdge("CITES", bad.Id, good.Id, new Dictionary<string, object?>());

        var error = await Assert.ThrowsAsync<ChangeSetValidationException>(() => Store.ApplyAsync(new ChangeSet([good, bad], [citation])));

        Assert.Contains(error.Problems, p => p.Field == "name" && p.Reason == "is required");
        Assert.Equal(before, await Store.CountNodesAsync());
        Assert.Empty(await Store.GetNodesAsync(["source:contract-test-good"]));
    }

    [SkippableFact]
    public async Task A_relationship_to_a_missing_node_or_of_the_wrong_labels_is_rejected()
    {
        var country = SeedNodes("Country")[0].Id;
        var source = SeedNodes("Source")[0].Id;
        var cites = new Dictionary<string, object?> { ["sourceIds"] = new[] { source } };

        var error = await Assert.ThrowsAsync<ChangeSetValidationException>(() => Store.ApplyAsync(new ChangeSet([],
        [
            new GraphEdge("TARGETS", "offer:missing", country, cites),
            new GraphEdge("CITIZEN_OF", country, country, cites),
        ])));

        Assert.Contains(error.Problems, p => p.Field == "from" && p.Reason == "node 'offer:missing' does not exist");
        Assert.Contains(error.Problems, p => p.Field == "from" && p.Reason == $"node '{country}' is a Country; expected Fighter");
    }

    [SkippableFact]
    public async Task An_upsert_that_changes_a_stored_nodes_label_fails_and_writes_nothing()
    {
        var source = SeedNodes("Source")[0];
        var fresh = Node("Source", "source:contract-test-atomic", new() { ["publisher"] = "Test", ["title"] = "Atomic", ["kind"] = "news" });
        var clash = Node("Source", SeedNodes("Country")[0].Id, new() { ["publisher"] = "Test", ["title"] = "Clash", ["kind"] = "news" });

        await Assert.ThrowsAnyAsync<Exception>(() => Store.ApplyAsync(new ChangeSet([fresh, clash], [])));

        Assert.Empty(await Store.GetNodesAsync([fresh.Id]));
        Assert.Equal("Country", (await Store.GetNodesAsync([clash.Id])).Single().Label);
        Assert.Equal(source.Properties["title"], (await Store.GetNodesAsync([source.Id])).Single()["title"]);
    }

    [SkippableFact]
    public async Task Neighbours_of_many_parents_come_back_in_one_call_each_naming_its_parent()
    {
        var offers = SeedNodes("Offer").Select(o => o.Id).ToList();
        var expected = Seed.Edges.Concat(ContractGraph.Changes.Edges).Where(e => e.Type == "TARGETS").Select(e => (e.FromId, e.ToId)).OrderBy(p => p).ToList();

        var neighbours = await Store.GetNeighboursAsync(new NeighbourQuery(offers, "TARGETS", EdgeDirection.Outgoing));

        Assert.Equal(expected, neighbours.Select(n => (n.ParentId, n.Node.Id)).OrderBy(p => p).ToList());
        Assert.All(neighbours, n => Assert.Equal("Country", n.Node.Label));
        Assert.All(neighbours, n => Assert.Equal(n.ParentId, n.Edge.FromId));
        Assert.All(neighbours, n => Assert.NotEmpty((string[])n.Edge.Properties[CommonProperties.SourceIds]!));
    }

    [SkippableFact]
    public async Task Incoming_neighbours_are_ordered_and_cut_per_parent()
    {
        var claimsByTarget = Seed.Edges.Where(e => e.Type == "ABOUT").GroupBy(e => e.ToId).ToDictionary(g => g.Key, g => g.Select(e => e.FromId).ToList());
        var parents = claimsByTarget.Keys.ToList();
        var asOf = Seed.Nodes.Where(n => n.Label == "Claim").ToDictionary(n => n.Id, n => n.Properties.GetValueOrDefault("asOf") as string);
        var expected = parents.SelectMany(p => claimsByTarget[p]
                .OrderByDescending(c => asOf[c] is null).ThenByDescending(c => asOf[c], StringComparer.Ordinal).ThenBy(c => c, StringComparer.Ordinal)
                .Take(2).Select(c => (p, c)))
            .OrderBy(x => x).ToList();

        var neighbours = await Store.GetNeighboursAsync(new NeighbourQuery(parents, "ABOUT", EdgeDirection.Incoming)
        {
            Order = [new("asOf", SortDirection.Descending)],
            TakePerParent = 2,
        });

        Assert.Equal(expected, neighbours.Select(n => (n.ParentId, n.Node.Id)).OrderBy(x => x).ToList());
        Assert.All(neighbours, n => Assert.Equal(n.ParentId, n.Edge.ToId));
    }

    private static GraphNode Node(string label, string id, Dictionary<string, object?> properties) => new(id, label, properties);
}
