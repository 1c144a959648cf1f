using System.Net;
using System.Text.Json.Nodes;
using GraphServer.Seed.Loading;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// The walking skeleton's query, end to end through HTTP, GraphQL.NET, the store contract and (for Neo4j) our Bolt
/// client, on both stores. Both must return the same JSON, and that JSON must be what the seed says.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CountriesQueryTests
{
    private const string Query = "{ countries(first: 3, order: [{ name: ASC }]) { nodes { id iso2 name } totalCount } }";

    private const string RelationshipQuery =
        "{ countries(first: 20, order: [{ name: ASC }]) { nodes { id targetedBy { totalCount nodes { id placedBy { nodes { id } } } } } } }";

    [Fact]
    public async Task The_embedded_store_answers_the_countries_query_from_the_seed()
    {
        var body = await RunAsync(GraphServerFactory.Embedded());

        Assert.Equal(ExpectedFromSeed().ToJsonString(), body["data"]!.ToJsonString());
    }

    [SkippableFact]
    public async Task Neo4j_and_the_embedded_store_return_the_same_json()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var embedded = await RunAsync(GraphServerFactory.Embedded(), Query, RelationshipQuery);
        var neo4j = await RunAsync(GraphServerFactory.Neo4j(), Query, RelationshipQuery);

        Assert.All(neo4j.AsArray(), answer => Assert.Null(answer!["errors"]));
        Assert.Equal(embedded.ToJsonString(), neo4j.ToJsonString());
        // The relationship fields (DataLoader over GetNeighboursAsync) must have found something to compare.
        Assert.Contains("placedBy", neo4j.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"targetedBy\":{\"totalCount\":", neo4j.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_query_gets_http_400_and_an_error_with_its_location()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();

        var (response, body) = await GraphQLClient.PostAsync(client, "{ countries(first: 3) { nodes { id } ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        var error = body["errors"]![0]!;
        Assert.StartsWith("Error parsing query", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, error["locations"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(38, error["locations"]![0]!["column"]!.GetValue<int>());
        Assert.Null(body["data"]);
    }

    private static async Task<JsonNode> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] queries)
    {
        await using var factory = new GraphServerFactory(settings);
        using var client = factory.CreateClient();
        var answers = new JsonArray();
        foreach (var query in queries.DefaultIfEmpty(Query))
        {
            var (response, body) = await GraphQLClient.PostAsync(client, query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(body);
        }

        return queries.Length <= 1 ? answers[0]!.DeepClone() : answers;
    }

    private static JsonNode ExpectedFromSeed()
    {
        var countries = SeedData.Read().Nodes.Where(n => n.Label == "Country").ToList();
        var first = countries.OrderBy(n => (string)n.Properties["name"]!, StringComparer.Ordinal).Take(3)
            .Select(n => (JsonNode)new JsonObject { ["id"] = n.Id, ["iso2"] = (string)n.Properties["iso2"]!, ["name"] = (string)n.Properties["name"]! });
        return new JsonObject
        {
            ["countries"] = new JsonObject { ["nodes"] = new JsonArray([.. first]), ["totalCount"] = countries.Count },
        };
    }
}
