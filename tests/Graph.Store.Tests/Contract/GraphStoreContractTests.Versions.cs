using System.Collections.Concurrent;
using GraphServer.Model;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// Node versions and optimistic concurrency: 1 on create, one more per upsert, expected versions checked in the writing
/// transaction (a stale one writes nothing), and many writers at once losing nothing.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    private static string VersionSource => Seed.Nodes.First(n => n.Label == "Source").Id;

    /// <summary>A cited Location, written as one change set (the node and its CITES edge).</summary>
    private static ChangeSet Place(string id, string name, long? expected = null) =>
        new([new GraphNode(id, "Location", new Dictionary<string, object?> { ["name"] = name })],
            [new GraphEdge("CITES", id, VersionSource, new Dictionary<string, object?>())])
        {
            ExpectedVersions = expected is { } v ? new Dictionary<string, long> { [id] = v } : new Dictionary<string, long>(),
        };

    private async Task<(long Version, string? Name)> VersionOfAsync(string id)
    {
        var node = (await Store.GetNodesAsync([id])).SingleOrDefault();
        return node is null ? (0, null) : ((long)node[CommonProperties.Version]!, (string?)node["name"]);
    }

    [SkippableFact]
    public async Task Every_stored_node_has_a_version_of_one_or_more()
    {
        // Other tests of this class rewrite some seed nodes, so a seed node may be past version 1 here.
        var page = await Store.FindNodesAsync(new NodeQuery("Country") { Take = 500 });

        Assert.NotEmpty(page.Nodes);
        Assert.All(page.Nodes, n => Assert.True(n[CommonProperties.Version] is >= 1L, $"{n.Id} has version {n[CommonProperties.Version]}"));
    }

    [SkippableFact]
    public async Task A_new_node_is_at_version_one_and_every_upsert_adds_one_whatever_version_was_given()
    {
        const string id = "location:t-ver-count";
        await Store.ApplyAsync(Place(id, "first"));
        var created = await VersionOfAsync(id);
        var node = Place(id, "second");
        // A caller's own value for the derived version is dropped, like knownFrom's.
        var withVersion = node with { Nodes = [node.Nodes[0] with { Properties = new Dictionary<string, object?> { ["name"] = "second", ["version"] = 40L } }] };
        await Store.ApplyAsync(withVersion);
        await Store.ApplyAsync(Place(id, "third"));

        Assert.Equal((1L, "first"), created);
        Assert.Equal((3L, "third"), await VersionOfAsync(id));
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [id] });
    }

    [SkippableFact]
    public async Task An_expected_version_that_matches_writes_and_a_stale_one_writes_nothing_and_names_the_current_version()
    {
        const string id = "location:t-ver-stale";
        const string bystander = "location:t-ver-bystander";
        await Store.ApplyAsync(Place(id, "v1"));
        await Store.ApplyAsync(Place(id, "v2", expected: 1));

        var stale = Place(id, "lost", expected: 1);
        stale = stale with { Nodes = [.. stale.Nodes, .. Place(bystander, "lost too").Nodes], Edges = [.. stale.Edges, .. Place(bystander, "x").Edges] };
        var refused = await Assert.ThrowsAsync<StaleVersionException>(() => Store.ApplyAsync(stale));

        Assert.Equal(new Dictionary<string, long> { [id] = 2 }, refused.CurrentVersions);
        Assert.Contains($"{id} is at version 2", refused.Message, StringComparison.Ordinal);
        Assert.Equal((2L, "v2"), await VersionOfAsync(id));
        Assert.Empty(await Store.GetNodesAsync([bystander]));
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [id] });
    }

    [SkippableFact]
    public async Task Expecting_version_zero_creates_a_new_id_and_refuses_one_already_stored()
    {
        const string id = "location:t-ver-create";
        await Store.ApplyAsync(Place(id, "created", expected: 0));

        var refused = await Assert.ThrowsAsync<StaleVersionException>(() => Store.ApplyAsync(Place(id, "overwritten", expected: 0)));

        Assert.Equal(1L, refused.CurrentVersions[id]);
        Assert.Equal((1L, "created"), await VersionOfAsync(id));
        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [id] });
    }

    [SkippableFact]
    public async Task A_delete_with_a_stale_version_deletes_nothing_and_one_with_the_current_version_deletes()
    {
        const string id = "location:t-ver-delete";
        await Store.ApplyAsync(Place(id, "v1"));
        await Store.ApplyAsync(Place(id, "v2"));

        var refused = await Assert.ThrowsAsync<StaleVersionException>(() => Store.ApplyAsync(
            ChangeSet.Empty with { DeleteNodeIds = [id], ExpectedVersions = new Dictionary<string, long> { [id] = 1 } }));
        Assert.Equal(2L, refused.CurrentVersions[id]);
        Assert.Equal((2L, "v2"), await VersionOfAsync(id));

        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [id], ExpectedVersions = new Dictionary<string, long> { [id] = 2 } });
        Assert.Equal((0L, null), await VersionOfAsync(id));
    }

    /// <summary>
    /// 32 writers at once: half update a node of their own, half fight over one shared node (read its version, write
    /// expecting it, start again when refused). Every acknowledged write must be there: each own node at 1 + its updates
    /// with its last name; the shared node's acknowledged versions are exactly 2..(1 + acknowledged), none twice, and it
    /// holds the name of the write acknowledged last; every refusal named a version above the one expected.
    /// </summary>
    [SkippableFact]
    public async Task Thirty_two_concurrent_writers_lose_no_acknowledged_write_and_versions_never_repeat()
    {
        const int writers = 32;
        const int writesEach = 5;
        const string shared = "location:t-ver-shared";
        await Store.ApplyAsync(Place(shared, "start"));
        var acknowledged = new ConcurrentDictionary<long, string>();
        var refusals = new ConcurrentBag<(long Expected, long Current)>();
        using var start = new SemaphoreSlim(0, writers);

        async Task OwnAsync(int writer)
        {
            var id = $"location:t-ver-own-{writer}";
            await start.WaitAsync();
            await Store.ApplyAsync(Place(id, $"own {writer} #0", expected: 0));
            for (var k = 1; k <= writesEach; k++)
            {
                await Store.ApplyAsync(Place(id, $"own {writer} #{k}", expected: k));
            }
        }

        async Task SharedAsync(int writer)
        {
            await start.WaitAsync();
            for (var k = 0; k < writesEach; k++)
            {
                var name = $"shared {writer} #{k}";
                while (true)
                {
                    var (version, _) = await VersionOfAsync(shared);
                    try
                    {
                        await Store.ApplyAsync(Place(shared, name, expected: version));
                        Assert.True(acknowledged.TryAdd(version + 1, name), $"version {version + 1} acknowledged twice");
                        break;
                    }
                    catch (StaleVersionException e)
                    {
                        refusals.Add((version, e.CurrentVersions[shared]));
                    }
                }
            }
        }

        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(() => w % 2 == 0 ? OwnAsync(w) : SharedAsync(w))).ToList();
        start.Release(writers);
        await Task.WhenAll(tasks);

        for (var w = 0; w < writers; w += 2)
        {
            Assert.Equal((1L + writesEach, $"own {w} #{writesEach}"), await VersionOfAsync($"location:t-ver-own-{w}"));
        }

        var total = writers / 2 * writesEach;
        Assert.Equal(Enumerable.Range(2, total).Select(v => (long)v), acknowledged.Keys.Order());
        Assert.Equal((1L + total, acknowledged[1 + total]), await VersionOfAsync(shared));
        Assert.All(refusals, r => Assert.True(r.Current > r.Expected, $"refused expecting {r.Expected} while at {r.Current}"));
        await Store.ApplyAsync(ChangeSet.Empty with
        {
            DeleteNodeIds = [shared, .. Enumerable.Range(0, writers).Where(w => w % 2 == 0).Select(w => $"location:t-ver-own-{w}")],
        });
    }
}
