using System.Text.Json.Nodes;
using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Api.Tests.Support;
using GraphServer.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// The DataLoader at work: a list nested under 50 parents costs one store call per level of the response, not one
/// per parent, sources of every node and edge included (they come with the records: WithSources), and the answers are
/// those of the graph.
/// </summary>
public sealed class NestedListBatchingTests
{
    private const string SourceId = "source:graphserver-tests";
    private const int Offers = 50;
    private const int Countries = 5;
    private const string Query =
        "{ offers(first: 50, order: [{ id: ASC }]) { nodes { id sources { id } targets(first: 1) { edges { sources { id } node { id sources { id } "
        + "citizens(first: 1) { nodes { id sources { quote } } } } } } } } }";

    [Fact]
    public async Task A_nested_list_over_50_parents_makes_one_store_call_per_level_with_the_sources_of_nodes_and_edges()
    {
        var (response, calls) = await RunAsync(maxBatchSize: null);

        Assert.True(response["errors"] is null, response.ToJsonString());
        var offers = response["data"]!["offers"]!["nodes"]!.AsArray();
        Assert.Equal(Offers, offers.Count);
        Assert.Equal(1, calls[nameof(IGraphStore.FindNodesAsync)]);
        Assert.Equal(2, calls[nameof(IGraphStore.GetNeighboursAsync)]);
        Assert.Equal(0, calls[nameof(IGraphStore.GetNodesAsync)]);
        for (var i = 0; i < Offers; i++)
        {
            var offer = offers[i]!;
            Assert.Equal(OfferId(i), offer["id"]!.GetValue<string>());
            Assert.Equal($"[{{\"id\":\"{SourceId}\"}}]", offer["sources"]!.ToJsonString());
            var edge = Assert.Single(offer["targets"]!["edges"]!.AsArray())!;
            Assert.Equal($"[{{\"id\":\"{SourceId}\"}}]", edge["sources"]!.ToJsonString());
            var country = edge["node"]!;
            Assert.Equal(CountryId(i % Countries), country["id"]!.GetValue<string>());
            Assert.Equal($"[{{\"id\":\"{SourceId}\"}}]", country["sources"]!.ToJsonString());
            var fighter = Assert.Single(country["citizens"]!["nodes"]!.AsArray())!;
            Assert.Equal(FighterId(i % Countries), fighter["id"]!.GetValue<string>());
            Assert.Equal($"[{{\"quote\":\"{Quote(FighterId(i % Countries))}\"}}]", fighter["sources"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task The_batch_size_limit_splits_a_level_into_calls_of_at_most_that_many_parents()
    {
        var (response, calls) = await RunAsync(maxBatchSize: 20);

        Assert.True(response["errors"] is null, response.ToJsonString());
        // 50 offers in calls of 20, 20 and 10; then the 5 distinct countries (the DataLoader caches by key) in one.
        Assert.Equal(4, calls[nameof(IGraphStore.GetNeighboursAsync)]);
    }

    private static async Task<(JsonNode Response, CallCounter Calls)> RunAsync(int? maxBatchSize)
    {
        var settings = GraphServerFactory.Embedded(("GRAPH_SEED", "none"));
        // The DataLoader path, which fields the compiler leaves out still take (CompiledReadTests covers the compiled one).
        settings["GraphServer:Http:CompileSelections"] = "false";
        if (maxBatchSize is not null)
        {
            settings["GraphServer:Http:MaxBatchSize"] = maxBatchSize.ToString();
        }

        await using var factory = new GraphServerFactory(settings);
        using var client = factory.CreateClient();
        await factory.Services.GetRequiredService<GraphStoreHolder>().Store.ApplyAsync(Graph());
        var calls = new CallCounter();
        StoreSwap.Wrap(factory, calls.Wrap);

        using var response = await client.SendAsync(Requests.Post(new { query = Query }));
        return ((await RawResponse.ReadAsync(response)).ParseJson(), calls);
    }

    /// <summary>50 offers, each aimed at one of 5 countries; one fighter from each country.</summary>
    private static ChangeSet Graph()
    {
        var nodes = new List<GraphNode> { Node(SourceId, "Source", ("publisher", "GraphServer tests"), ("title", "Synthetic batching graph"), ("kind", "research")) };
        var edges = new List<GraphEdge>();
        for (var c = 0; c < Countries; c++)
        {
            nodes.Add(Node(CountryId(c), "Country", ("iso2", $"T{c}"), ("name", $"Testland {c}")));
            nodes.Add(Node(FighterId(c), "Fighter", ("alias", $"Fighter {c}"), ("status", "captured")));
            edges.Add(Cites(CountryId(c)));
            edges.Add(Cites(FighterId(c)));
            edges.Add(new GraphEdge("CITIZEN_OF", FighterId(c), CountryId(c), Cited()));
        }

        for (var o = 0; o < Offers; o++)
        {
            nodes.Add(Node(OfferId(o), "Offer"));
            edges.Add(Cites(OfferId(o)));
            edges.Add(new GraphEdge("TARGETS", OfferId(o), CountryId(o % Countries), Cited()));
        }

        return new ChangeSet(nodes, edges);
    }

    private static GraphNode Node(string id, string label, params (string Name, object Value)[] properties)
    {
        var values = new Dictionary<string, object?> { ["id"] = id };
        values["synthetic"] = true;
        foreach (var (name, value) in properties)
        {
            values[name] = value;
        }

        return new GraphNode(id, label, values);
    }

    /// <summary>Every fact must cite a source, synthetic ones included: a node through CITES, a relationship in its sourceIds.</summary>
    private static Dictionary<string, object?> Cited() =>
        new() { ["sourceIds"] = new List<string> { SourceId }, ["quotes"] = new List<string> { "" } };

    private static GraphEdge Cites(string nodeId) => new("CITES", nodeId, SourceId, new Dictionary<string, object?> { ["quote"] = Quote(nodeId) });

    private static string Quote(string nodeId) => $"synthetic passage about {nodeId}";

    private static string OfferId(int i) => $"offer:test-{i:D2}";

    private static string CountryId(int i) => $"country:T{i}";

    private static string FighterId(int i) => $"fighter:test-{i}";
}
