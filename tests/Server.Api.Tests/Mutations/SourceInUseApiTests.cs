using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Access;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.Mutations;

/// <summary>
/// deleteSource refuses a Source still cited (by a node's CITES or a relationship's sourceIds) with SourceInUseError
/// naming the first 20 citing records and their count, writes nothing, and deletes it once nothing cites it; the same
/// answers from both stores. All records written are synthetic.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class SourceInUseApiTests
{
    private const string Place = "location:synthetic-inuse";
    private const string Unit = "unit:synthetic-inuse";
    private const string Source = "source:synthetic-inuse";
    private const string Errors = "errors { __typename ... on Error { message } ... on SourceInUseError { id citedBy citedByCount } }";

    private static readonly string SeedSource = SeedExpectations.FirstSourceId;

    private static async Task<JsonObject> RunAsync(Dictionary<string, string?> settings)
    {
        settings["GraphServer:Auth:SigningKey"] = TestTokens.Key;
        await using var factory = new GraphServerFactory(settings);
        using var client = factory.CreateClient();
        var answers = new JsonObject();
        async Task StepAsync(string name, string query)
        {
            var (response, body) = await AuthenticatedClient.PostAsync(client, query, bearer: TestTokens.For("editor", subject: "writer"));
            Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {body.ToJsonString()}");
            answers[name] = body;
        }

        await StepAsync("createLocation citing a new source", $$"""
            mutation { createLocation(input: { id: "{{Place}}", name: "Synthetic cited place", synthetic: true,
              sources: [{ source: { id: "{{Source}}", publisher: "Synthetic publisher", title: "Synthetic in-use source", kind: NEWS,
                publishedAt: "2024-05", synthetic: true } }] }) { location { id } errors { __typename } } }
            """);
        await StepAsync("createUnit", $$"""
            mutation { createUnit(input: { id: "{{Unit}}", name: "Synthetic unit", kind: ASSAULT, synthetic: true, sources: [{ id: "{{SeedSource}}" }] })
            { unit { id } errors { __typename } } }
            """);
        await StepAsync("link citing the source", $$"""
            mutation { link(input: { type: DEPLOYED_TO, from: "{{Unit}}", to: "{{Place}}", sources: [{ id: "{{Source}}" }] })
            { relationship { type } errors { __typename } } }
            """);
        await StepAsync("deleteSource while cited twice", $$"""
            mutation { deleteSource(input: { id: "{{Source}}", version: 1, sources: [{ id: "{{SeedSource}}" }] }) { deletedId {{Errors}} } }
            """);
        await StepAsync("the source and its citations are still there", $$"""
            { source(id: "{{Source}}") { id version } unit(id: "{{Unit}}") { deployedTo { edges { sources { id } node { id } } } } }
            """);
        await StepAsync("deleteSource of a seed source", $$"""
            mutation { deleteSource(input: { id: "{{SeedSource}}", version: 1, sources: [{ id: "{{SeedSource}}" }] }) { deletedId {{Errors}} } }
            """);
        await StepAsync("unlink", $$"""
            mutation { unlink(input: { type: DEPLOYED_TO, from: "{{Unit}}", to: "{{Place}}", sources: [{ id: "{{SeedSource}}" }] })
            { relationship { type } errors { __typename } } }
            """);
        await StepAsync("deleteSource while cited once", $$"""
            mutation { deleteSource(input: { id: "{{Source}}", version: 1, sources: [{ id: "{{SeedSource}}" }] }) { deletedId {{Errors}} } }
            """);
        await StepAsync("deleteLocation", $$"""
            mutation { deleteLocation(input: { id: "{{Place}}", version: 1, sources: [{ id: "{{SeedSource}}" }] }) { deletedId errors { __typename } } }
            """);
        await StepAsync("the orphan source stays", $$"""{ source(id: "{{Source}}") { id } }""");
        await StepAsync("deleteSource cited by nothing", $$"""
            mutation { deleteSource(input: { id: "{{Source}}", version: 1, sources: [{ id: "{{SeedSource}}" }] }) { deletedId {{Errors}} } }
            """);
        await StepAsync("the source is gone", $$"""{ source(id: "{{Source}}") { id } }""");
        return answers;
    }

    /// <summary>Every record of the seed citing <paramref name="source"/>, named as SourceInUseError names them.</summary>
    private static List<string> SeedCiters(string source)
    {
        var seed = SeedData.Read();
        return seed.Edges.Where(e => e.Type == "CITES" ? e.ToId == source
                : e.Properties.GetValueOrDefault(CommonProperties.SourceIds) is IEnumerable<string> ids && ids.Contains(source))
            .Select(e => e.Type == "CITES" ? e.FromId : $"{e.FromId}-[{e.Type}]->{e.ToId}")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static void AssertAnswers(JsonObject answers)
    {
        JsonNode Payload(string step) => answers[step]!["data"]?["deleteSource"] ?? throw new Xunit.Sdk.XunitException($"{step}: {answers[step]}");
        foreach (var (step, field) in new[] { ("createLocation citing a new source", "createLocation"), ("createUnit", "createUnit"),
                     ("link citing the source", "link"), ("unlink", "unlink"), ("deleteLocation", "deleteLocation") })
        {
            Assert.True(answers[step]!["data"]?[field]?["errors"]?.AsArray().Count == 0, $"{step}: {answers[step]}");
        }

        var twice = Payload("deleteSource while cited twice");
        Assert.Null(twice["deletedId"]);
        var error = Assert.Single(twice["errors"]!.AsArray())!;
        Assert.Equal("SourceInUseError", error["__typename"]!.GetValue<string>());
        Assert.Equal(Source, error["id"]!.GetValue<string>());
        Assert.Equal([Place, $"{Unit}-[DEPLOYED_TO]->{Place}"], error["citedBy"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal(2, error["citedByCount"]!.GetValue<int>());
        var still = answers["the source and its citations are still there"]!["data"]!;
        Assert.Equal(1, still["source"]!["version"]!.GetValue<int>());
        Assert.Equal(Source, still["unit"]!["deployedTo"]!["edges"]![0]!["sources"]![0]!["id"]!.GetValue<string>());

        var seedCiters = SeedCiters(SeedSource);
        var seedError = Assert.Single(Payload("deleteSource of a seed source")["errors"]!.AsArray())!;
        Assert.Equal(seedCiters.Count + 1, seedError["citedByCount"]!.GetValue<int>()); // + the synthetic unit's CITES
        Assert.Equal([.. seedCiters.Append(Unit).Order(StringComparer.Ordinal).Take(20)], seedError["citedBy"]!.AsArray().Select(i => i!.GetValue<string>()));

        var once = Assert.Single(Payload("deleteSource while cited once")["errors"]!.AsArray())!;
        Assert.Equal([Place], once["citedBy"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal(Source, answers["the orphan source stays"]!["data"]!["source"]!["id"]!.GetValue<string>());
        Assert.Equal(Source, Payload("deleteSource cited by nothing")["deletedId"]!.GetValue<string>());
        Assert.Empty(Payload("deleteSource cited by nothing")["errors"]!.AsArray());
        Assert.Null(answers["the source is gone"]!["data"]!["source"]);
    }

    [Fact]
    public async Task A_cited_source_is_refused_with_who_cites_it_and_deleted_once_nothing_does_on_the_embedded_store() =>
        AssertAnswers(await RunAsync(GraphServerFactory.Embedded()));

    [SkippableFact]
    public async Task Neo4j_refuses_and_deletes_sources_as_the_embedded_store_does()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var neo4j = await RunAsync(GraphServerFactory.Neo4j());
        var embedded = await RunAsync(GraphServerFactory.Embedded());

        AssertAnswers(neo4j);
        foreach (var (step, answer) in embedded)
        {
            Assert.True(answer!.ToJsonString() == neo4j[step]!.ToJsonString(),
                $"{step}:\nembedded {answer.ToJsonString()}\nneo4j    {neo4j[step]!.ToJsonString()}");
        }
    }
}
