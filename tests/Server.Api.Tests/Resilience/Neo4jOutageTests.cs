using System.Diagnostics;
using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Store;
using GraphServer.Store.DurabilityWriter;
using GraphServer.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Resilience;

/// <summary>
/// Neo4j goes away under a running server and comes back: the server stays up, turns unready within 5 s, answers
/// STORE_UNAVAILABLE at once, and serves again with no restart; a write begun during the outage retries and lands whole.
/// Uses a Neo4j of its own, which it stops and starts.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jOutageTests
{
    private const string Kenya = """{ country(id: "country:KE") { name } }""";
    private static readonly TimeSpan ExecutionTimeout = TimeSpan.FromSeconds(10);

    [SkippableFact]
    public async Task The_server_survives_a_neo4j_outage_and_a_write_during_it_lands_whole_after_the_restart()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        await using var neo4j = await OwnNeo4j.StartAsync();
        await using var factory = new GraphServerFactory(new Dictionary<string, string?>
        {
            ["GRAPH_STORE"] = "neo4j",
            ["NEO4J_URI"] = neo4j.Uri,
            ["NEO4J_PASSWORD"] = OwnNeo4j.Password,
            ["GraphServer:Http:ExecutionTimeout"] = ExecutionTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var client = factory.CreateClient();
        Assert.Equal("Kenya", (await GraphQLClient.PostAsync(client, Kenya)).Body["data"]!["country"]!["name"]!.GetValue<string>());
        Assert.Equal(200, await StatusAsync(client, "/health/ready"));

        await neo4j.StopAsync();
        var down = Stopwatch.StartNew();
        while (await StatusAsync(client, "/health/ready") != 503)
        {
            Assert.True(down.Elapsed < TimeSpan.FromSeconds(5), "/health/ready still 200 five seconds after Neo4j stopped");
            await Task.Delay(200);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var asked = Stopwatch.StartNew();
        var (response, body) = await GraphQLClient.PostAsync(client, Kenya);
        Assert.True(asked.Elapsed < TimeSpan.FromSeconds(2), $"a query during the outage took {asked.Elapsed}");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("STORE_UNAVAILABLE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(200, await StatusAsync(client, "/health/live"));

        // A write issued while Neo4j is down: the driver's managed transaction retries for up to 30 s. It lands whole
        // if Neo4j is back within that; a slower restart (minutes on a loaded machine) fails it as unavailable, and
        // then nothing of it may be stored. Half a batch is never acceptable.
        var store = factory.Services.GetRequiredService<GraphStoreHolder>().Store;
        var write = store.ApplyAsync(DurabilityBatch.Build(1));
        await neo4j.StartAgainAsync();
        Exception? writeFailure = null;
        try
        {
            await write;
        }
        catch (Exception e) when (StoreUnavailableException.IsUnavailable(e))
        {
            writeFailure = e;
        }

        var back = Stopwatch.StartNew();
        while (await StatusAsync(client, "/health/ready") != 200)
        {
            Assert.True(back.Elapsed < TimeSpan.FromSeconds(10), "/health/ready not 200 ten seconds after Neo4j returned");
            await Task.Delay(200);
        }

        Assert.Equal("Kenya", (await GraphQLClient.PostAsync(client, Kenya)).Body["data"]!["country"]!["name"]!.GetValue<string>());
        var written = (await store.GetNodesAsync(DurabilityBatch.NodeIds(1))).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        IEnumerable<string> expected = writeFailure is null ? DurabilityBatch.NodeIds(1).Order(StringComparer.Ordinal) : [];
        Assert.Equal(expected, written);

        // After the outage, writes go through again, whole.
        await store.ApplyAsync(DurabilityBatch.Build(2));
        Assert.Equal(DurabilityBatch.NodeIds(2).Count, (await store.GetNodesAsync(DurabilityBatch.NodeIds(2))).Count);
    }

    private static async Task<int> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (int)response.StatusCode;
    }
}
