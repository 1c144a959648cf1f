using System.Net;
using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Access;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Tests.Shared;
using Snapshooter.Xunit;

namespace GraphServer.Api.Tests.Mutations;

/// <summary>
/// Writes through the HTTP API on the seed: round trips read back with their sources, refusals that write nothing (no
/// source, stale version, one bad batch row, viewer and analyst), the audit log; the same answers from both stores.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class WriteApiTests
{
    private static async Task<JsonObject> RunScenarioAsync(Dictionary<string, string?> settings)
    {
        await using var factory = new GraphServerFactory(settings);
        using var client = factory.CreateClient();
        var scenario = new WriteScenario(client);
        await scenario.RunAsync();
        return scenario.Answers;
    }

    private static Dictionary<string, string?> WithAuth(Dictionary<string, string?> settings)
    {
        settings["GraphServer:Auth:SigningKey"] = TestTokens.Key;
        return settings;
    }

    [Fact]
    public async Task Create_update_link_import_and_delete_round_trip_with_their_sources_and_refusals_write_nothing()
    {
        var answers = await RunScenarioAsync(WithAuth(GraphServerFactory.Embedded()));

        var created = answers["createLocation with a new inline source"]!["data"]!["createLocation"]!;
        Assert.Empty(created["errors"]!.AsArray());
        Assert.Equal(1, created["location"]!["version"]!.GetValue<int>());
        Assert.Equal(WriteScenario.NewSource, created["location"]!["sources"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("SourceRequiredError", answers["createLocation without a source"]!["data"]!["createLocation"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Null(answers["the unsourced location was not written"]!["data"]!["location"]);
        var stale = answers["a stale updateLocation"]!["data"]!["updateLocation"]!["errors"]![0]!;
        Assert.Equal(2, stale["currentVersion"]!.GetValue<int>());
        Assert.Equal("Synthetic place, renamed", answers["the place after the stale update"]!["data"]!["location"]!["name"]!.GetValue<string>());
        var member = answers["the unit's members read back with sources"]!["data"]!["unit"]!["members"]!["edges"]![0]!;
        Assert.Equal("synthetic test role", member["role"]!.GetValue<string>());
        Assert.Equal("link passage", member["sources"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal(0, answers["the unit's members after unlink"]!["data"]!["unit"]!["members"]!["totalCount"]!.GetValue<int>());
        var badRow = answers["importBatch with one bad row"]!["data"]!["importBatch"]!;
        Assert.Null(badRow["batch"]);
        Assert.Equal("nodes[1].properties.salaryAmount", Assert.Single(badRow["errors"]!.AsArray())!["path"]!.GetValue<string>());
        Assert.Equal("""{"a":null,"b":null}""", answers["nothing of the bad batch was written"]!["data"]!.ToJsonString());
        Assert.Null(answers["the deleted place is gone"]!["data"]!["location"]);
        foreach (var refused in new[] { "a viewer may not write", "an analyst may not write" })
        {
            Assert.Equal("FORBIDDEN", answers[refused]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }

        Assert.Equal(1, answers["the unit is unchanged"]!["data"]!["unit"]!["version"]!.GetValue<int>());
        var audited = answers["the audit log holds every write"]!["data"]!["auditLog"]!["entries"]!.AsArray();
        // Each write's attempt is stored before it starts, then its outcome: the 15 writes of the scenario in order (the
        // viewer's and analyst's are refused before any attempt).
        string[] outcomes = ["write", "write", "write-refused", "write-refused", "write", "write-refused", "write-refused", "write",
            "write-refused", "write", "write-refused", "write-refused", "import", "write-refused", "write"];
        Assert.Equal(outcomes.SelectMany(o => new[] { "write-attempt", o }), audited.Select(e => e!["kind"]!.GetValue<string>()));
        Assert.All(audited, e => Assert.Equal("editor", e!["role"]!.GetValue<string>()));
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(answers.ToJsonString()));
    }

    [SkippableFact]
    public async Task Neo4j_answers_every_write_step_as_the_embedded_store_does()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var neo4j = await RunScenarioAsync(WithAuth(GraphServerFactory.Neo4j()));
        var embedded = await RunScenarioAsync(WithAuth(GraphServerFactory.Embedded()));

        foreach (var (step, answer) in embedded)
        {
            Assert.True(answer!.ToJsonString() == neo4j[step]!.ToJsonString(), $"{step}:\nembedded {answer.ToJsonString()}\nneo4j    {neo4j[step]!.ToJsonString()}");
        }
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_the_method_that_works()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();
        var query = Uri.EscapeDataString("""mutation { deleteCountry(input: { id: "country:KE", version: 1, sources: [] }) { deletedId } }""");

        using var response = await client.GetAsync($"/graphql?query={query}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }
}
