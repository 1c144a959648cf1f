using GraphServer.Store.Validation;

namespace GraphServer.Store.Tests.Contract;

/// <summary>Deletions in change sets: detach, edges alone, replace in one set, atomic with the rest.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly string[] DeleteTestSource = ["source:t-delete"];

    private static ChangeSet DeleteTestGraph(string prefix) => new(
    [
        new GraphNode($"source:t-delete", "Source", new Dictionary<string, object?> { ["publisher"] = "Test", ["title"] = "Deletes", ["kind"] = "news" }),
        new GraphNode($"unit:{prefix}", "Unit", new Dictionary<string, object?> { ["name"] = "Delete unit", ["kind"] = "regular" }),
        new GraphNode($"location:{prefix}-a", "Location", new Dictionary<string, object?> { ["name"] = "A" }),
        new GraphNode($"location:{prefix}-b", "Location", new Dictionary<string, object?> { ["name"] = "B" }),
    ],
    [
        new GraphEdge("CITES", $"unit:{prefix}", "source:t-delete", new Dictionary<string, object?>()),
        new GraphEdge("CITES", $"location:{prefix}-a", "source:t-delete", new Dictionary<string, object?>()),
        new GraphEdge("CITES", $"location:{prefix}-b", "source:t-delete", new Dictionary<string, object?>()),
        new GraphEdge("DEPLOYED_TO", $"unit:{prefix}", $"location:{prefix}-a", new Dictionary<string, object?> { ["sourceIds"] = DeleteTestSource }),
        new GraphEdge("DEPLOYED_TO", $"unit:{prefix}", $"location:{prefix}-b", new Dictionary<string, object?> { ["sourceIds"] = DeleteTestSource }),
    ]);

    private async Task<string[]> DeployedToAsync(string unit) =>
        [.. (await Store.GetNeighboursAsync(new NeighbourQuery([unit], "DEPLOYED_TO", EdgeDirection.Outgoing))).Select(n => n.Node.Id).Order(StringComparer.Ordinal)];

    private Task CleanUpAsync(string prefix) =>
        Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [$"unit:{prefix}", $"location:{prefix}-a", $"location:{prefix}-b", "source:t-delete"] });

    [SkippableFact]
    public async Task Deleting_an_edge_leaves_both_nodes()
    {
        const string prefix = "t-del-edge";
        await Store.ApplyAsync(DeleteTestGraph(prefix));

        await Store.ApplyAsync(ChangeSet.Empty with { DeleteEdges = [new EdgeKey("DEPLOYED_TO", $"unit:{prefix}", $"location:{prefix}-a")] });

        Assert.Equal([$"location:{prefix}-b"], await DeployedToAsync($"unit:{prefix}"));
        Assert.Equal(2, (await Store.GetNodesAsync([$"unit:{prefix}", $"location:{prefix}-a"])).Count);
        await CleanUpAsync(prefix);
    }

    [SkippableFact]
    public async Task Deleting_a_node_takes_its_relationships_and_unknown_ids_are_no_error()
    {
        const string prefix = "t-del-node";
        var before = await Store.CountNodesAsync();
        await Store.ApplyAsync(DeleteTestGraph(prefix));

        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [$"location:{prefix}-a", "location:never-stored"] });

        Assert.Equal([$"location:{prefix}-b"], await DeployedToAsync($"unit:{prefix}"));
        Assert.Empty(await Store.GetNodesAsync([$"location:{prefix}-a"]));
        var incoming = await Store.GetNeighboursAsync(new NeighbourQuery([$"location:{prefix}-a"], "DEPLOYED_TO", EdgeDirection.Incoming));
        Assert.Empty(incoming);
        await CleanUpAsync(prefix);
        Assert.Equal(before, await Store.CountNodesAsync());
    }

    [SkippableFact]
    public async Task A_node_deleted_and_upserted_in_one_change_set_is_replaced_without_its_old_links()
    {
        const string prefix = "t-del-replace";
        await Store.ApplyAsync(DeleteTestGraph(prefix));
        var replacement = new GraphNode($"location:{prefix}-a", "Location", new Dictionary<string, object?> { ["name"] = "A2" });

        var citation = new GraphEdge("CITES", replacement.Id, "source:t-delete", new Dictionary<string, object?>());

        await Store.ApplyAsync(new ChangeSet([replacement], [citation]) { DeleteNodeIds = [replacement.Id] });

        Assert.Equal("A2", (await Store.GetNodesAsync([replacement.Id])).Single()["name"]);
        Assert.Equal([$"location:{prefix}-b"], await DeployedToAsync($"unit:{prefix}"));
        await CleanUpAsync(prefix);
    }

    [SkippableFact]
    public async Task A_link_to_a_node_deleted_in_the_same_change_set_is_rejected_and_nothing_is_deleted()
    {
        const string prefix = "t-del-reject";
        await Store.ApplyAsync(DeleteTestGraph(prefix));
        var link = new GraphEdge("DEPLOYED_TO", $"unit:{prefix}", $"location:{prefix}-a", new Dictionary<string, object?> { ["sourceIds"] = DeleteTestSource });

        var error = await Assert.ThrowsAsync<ChangeSetValidationException>(() =>
            Store.ApplyAsync(new ChangeSet([], [link]) { DeleteNodeIds = [$"location:{prefix}-a", $"location:{prefix}-b"] }));

        Assert.Contains(error.Problems, p => p.Field == "to");
        Assert.Equal([$"location:{prefix}-a", $"location:{prefix}-b"], await DeployedToAsync($"unit:{prefix}"));
        await CleanUpAsync(prefix);
    }
}
