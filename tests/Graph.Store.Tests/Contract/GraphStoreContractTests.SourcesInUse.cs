using GraphServer.Store.Validation;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// A Source still cited is never deleted, in the writing transaction: a node's CITES edge or a relationship's sourceIds
/// keeps it; deleting the citing records first (or in the same change set) lets it go; a delete raced against a write
/// citing it never leaves a citation pointing at nothing.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    private static GraphNode InUseSource(string id) =>
        new(id, "Source", new Dictionary<string, object?> { ["publisher"] = "Test", ["title"] = "In use", ["kind"] = "news" });

    /// <summary>A Location citing <paramref name="source"/> through CITES, and a DEPLOYED_TO from a Unit naming it in sourceIds.</summary>
    private static ChangeSet CitingGraph(string prefix, string source) => new(
        [
            InUseSource(source),
            new GraphNode($"location:{prefix}", "Location", new Dictionary<string, object?> { ["name"] = "Cited place" }),
            new GraphNode($"unit:{prefix}", "Unit", new Dictionary<string, object?> { ["name"] = "Cited unit", ["kind"] = "regular" }),
        ],
        [
            new GraphEdge("CITES", $"location:{prefix}", source, new Dictionary<string, object?>()),
            new GraphEdge("CITES", $"unit:{prefix}", VersionSource, new Dictionary<string, object?>()),
            new GraphEdge("DEPLOYED_TO", $"unit:{prefix}", $"location:{prefix}", new Dictionary<string, object?> { ["sourceIds"] = new[] { source } }),
        ]);

    [SkippableFact]
    public async Task A_cited_source_is_not_deleted_and_the_refusal_names_every_record_citing_it()
    {
        const string prefix = "t-inuse-refused";
        const string source = "source:t-inuse-refused";
        await Store.ApplyAsync(CitingGraph(prefix, source));

        var refused = await Assert.ThrowsAsync<ChangeSetValidationException>(() =>
            Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = ["location:t-unrelated-never-stored", source] }));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal((false, 1, "id"), (problem.IsEdge, problem.Index, problem.Field));
        Assert.NotNull(problem.InUse);
        Assert.Equal(source, problem.InUse!.SourceId);
        Assert.Equal([$"location:{prefix}", $"unit:{prefix}-[DEPLOYED_TO]->location:{prefix}"], problem.InUse.CitedBy);
        Assert.Equal(2, problem.InUse.CitedByCount);
        Assert.Contains("is still cited by 2 record(s)", problem.Reason, StringComparison.Ordinal);
        Assert.Single(await Store.GetNodesAsync([source]));
        Assert.Single(await DeployedToAsync($"unit:{prefix}"));
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [$"location:{prefix}", $"unit:{prefix}", source] });
    }

    [SkippableFact]
    public async Task A_source_whose_citing_records_go_in_the_same_change_set_or_before_is_deleted_and_an_orphan_source_stays()
    {
        const string prefix = "t-inuse-ok";
        const string source = "source:t-inuse-ok";
        await Store.ApplyAsync(CitingGraph(prefix, source));

        // The relationship goes first; the Location still cites the Source, so it stays.
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteEdges = [new EdgeKey("DEPLOYED_TO", $"unit:{prefix}", $"location:{prefix}")] });
        var stillCited = await Assert.ThrowsAsync<ChangeSetValidationException>(() => Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [source] }));
        Assert.Equal([$"location:{prefix}"], Assert.Single(stillCited.Problems).InUse!.CitedBy);

        // Deleting the last citing node leaves the Source, cited by nothing (no cascade); then it may go.
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [$"location:{prefix}"] });
        Assert.Single(await Store.GetNodesAsync([source]));
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [source] });
        Assert.Empty(await Store.GetNodesAsync([source]));

        // Citing records deleted in the same change set as the Source do not hold it.
        await Store.ApplyAsync(CitingGraph(prefix, source));
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [$"location:{prefix}", source] });
        Assert.Empty(await Store.GetNodesAsync([source, $"location:{prefix}"]));
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [$"unit:{prefix}"] });
    }

    [SkippableFact]
    public async Task A_relationship_rewritten_without_the_source_in_the_same_change_set_no_longer_holds_it()
    {
        const string prefix = "t-inuse-rewrite";
        const string source = "source:t-inuse-rewrite";
        await Store.ApplyAsync(CitingGraph(prefix, source));
        var rewritten = new GraphEdge("DEPLOYED_TO", $"unit:{prefix}", $"location:{prefix}",
            new Dictionary<string, object?> { ["sourceIds"] = new[] { VersionSource } });
        var recited = new GraphEdge("CITES", $"location:{prefix}", VersionSource, new Dictionary<string, object?>());

        await Store.ApplyAsync(new ChangeSet([], [rewritten, recited])
        {
            DeleteNodeIds = [source], DeleteEdges = [new EdgeKey("CITES", $"location:{prefix}", source)],
        });

        Assert.Empty(await Store.GetNodesAsync([source]));
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [$"location:{prefix}", $"unit:{prefix}"] });
    }

    /// <summary>
    /// A write citing a Source and a delete of it, started together many times: one of them may be refused, but the
    /// graph never keeps a relationship or CITES edge naming a Source that is gone.
    /// </summary>
    [SkippableFact]
    public async Task A_delete_raced_against_a_link_citing_the_source_never_leaves_a_dangling_citation()
    {
        const string prefix = "t-inuse-race";
        var outcomes = new List<string>();
        for (var round = 0; round < 12; round++)
        {
            var source = $"source:t-inuse-race-{round}";
            await Store.ApplyAsync(CitingGraph(prefix, VersionSource) with
            {
                Nodes = [.. CitingGraph(prefix, VersionSource).Nodes.Skip(1), InUseSource(source)],
            });
            var link = new GraphEdge("DEPLOYED_TO", $"unit:{prefix}", $"location:{prefix}",
                new Dictionary<string, object?> { ["sourceIds"] = new[] { VersionSource, source } });
            var linking = Task.Run(() => Store.ApplyAsync(new ChangeSet([], [link])));
            var deleting = Task.Run(() => Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [source] }));
            var linked = await Succeeded(linking);
            var deleted = await Succeeded(deleting);
            outcomes.Add($"{(linked ? "L" : "l")}{(deleted ? "D" : "d")}");

            var sourceLeft = (await Store.GetNodesAsync([source])).Count == 1;
            var edge = Assert.Single(await Store.GetNeighboursAsync(new NeighbourQuery([$"unit:{prefix}"], "DEPLOYED_TO", EdgeDirection.Outgoing)));
            var names = (IEnumerable<string>)edge.Edge.Properties["sourceIds"]!;
            Assert.True(linked || deleted, $"round {round}: both writes refused");
            Assert.Equal(!deleted, sourceLeft);
            Assert.Equal(linked, names.Contains(source));
            Assert.False(linked && deleted, $"round {round}: the link citing {source} and its delete both succeeded");
            await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [$"location:{prefix}", $"unit:{prefix}"] });
            if (sourceLeft)
            {
                await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [source] });
            }
        }

        Assert.Equal(12, outcomes.Count);
    }

    private static async Task<bool> Succeeded(Task write)
    {
        try
        {
            await write;
            return true;
        }
        catch (ChangeSetValidationException)
        {
            return false;
        }
    }
}
