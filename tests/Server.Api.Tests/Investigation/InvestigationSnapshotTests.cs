using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Tests.Shared;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphServer.Api.Tests.Investigation;

/// <summary>
/// trace, traces and timeline on the seed through the HTTP API: each answer is a reviewed snapshot, and Neo4j gives
/// byte for byte the same JSON as the embedded store.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class InvestigationSnapshotTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    public static TheoryData<string> Names => [.. InvestigationQueries.Seed.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_answer_on_the_seed_matches_its_reviewed_snapshot(string name)
    {
        var (response, body) = await GraphQLClient.PostAsync(server.Client, InvestigationQueries.Seed[name]);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(body["errors"] is null, body.ToJsonString());
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(body.ToJsonString()), SnapshotNameExtension.Create(name));
    }

    [SkippableFact]
    public async Task Neo4j_and_the_embedded_store_give_the_same_traces_and_timelines()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        string[] queries = [.. InvestigationQueries.Seed.Values];
        var embedded = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), queries);
        var neo4j = await GraphServerFactory.RunAllAsync(GraphServerFactory.Neo4j(), queries);

        Assert.All(neo4j, answer => Assert.True(answer!["errors"] is null, answer.ToJsonString()));
        for (var i = 0; i < queries.Length; i++)
        {
            Assert.Equal(embedded[i]!.ToJsonString(), neo4j[i]!.ToJsonString());
        }

        Assert.Contains("\"hop\":\"OUTCOME\"", neo4j.ToJsonString(), StringComparison.Ordinal);
    }

    internal static JsonNode Data(JsonNode body) => body["data"]!;
}
