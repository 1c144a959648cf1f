using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Support;
using GraphServer.Store.Neo4j;
using GraphServer.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static GraphServer.Api.Tests.Loading.RequestShapes;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// Issue 13's "plans cached by the document's shape" for the roots that used to build their statement every time: an
/// aggregate on a root connection, an aggregate nested under a relationship, a timeline with its events' fields, a
/// neighbourhood and paths. Per family three requests on one server: a document, the same document with other variables
/// (a plan cache hit on Neo4j, with its own answer), and a document of another shape (a miss). Every answer is the
/// DataLoader path's (GraphServer:Http:CompileSelections=false) on both stores, and its content is asserted.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class PlanCacheRequestTests(ITestOutputHelper output)
{
    private const string AggregateRoot = """
        query Q($status: FighterStatus!) {
          fighters(first: 2, where: { status: { eq: $status } }, order: [{ id: ASC }]) { totalCount
            aggregate(groupBy: [CITIZEN_OF]) { keys { value } count } nodes { id citizenOf { nodes { id } } } } }
        """;

    private const string AggregateNested = """
        query Q($id: ID!) {
          country(id: $id) { id citizens { totalCount aggregate(groupBy: [STATUS]) { keys { value } count } nodes { id } } } }
        """;

    private const string Timeline = """
        query Q($id: ID!) {
          timeline(of: $id, hops: 2) { date datePrecision distance sources { id }
            event { id kind location { id name } subjects { totalCount nodes { id } } } } }
        """;

    private const string Neighborhood = """
        query Q($id: ID!) {
          neighborhood(ids: [$id], depth: 1) { truncated relationships { type from to }
            nodes { id ... on Offer { placedBy { nodes { id } } targets { totalCount } } } } }
        """;

    private const string Paths = """
        query Q($from: ID!, $to: ID!) {
          paths(from: $from, to: $to, maxHops: 4) { length nodes { id ... on Recruiter { placed { totalCount } } } } }
        """;

    /// <summary>Per family: the document, the same document with other variables, another shape.</summary>
    private static readonly Shape[] Shapes =
    [
        Named("AggregateRootCaptured", AggregateRoot, new { status = "CAPTURED" }),
        Named("AggregateRootKilled", AggregateRoot, new { status = "KILLED" }),
        Named("AggregateRootByStatus", AggregateRoot.Replace("groupBy: [CITIZEN_OF]", "groupBy: [STATUS]", StringComparison.Ordinal),
            new { status = "CAPTURED" }),
        Named("AggregateNestedKE", AggregateNested, new { id = "country:KE" }),
        Named("AggregateNestedIQ", AggregateNested, new { id = "country:IQ" }),
        Named("AggregateNestedByUnit", AggregateNested.Replace("groupBy: [STATUS]", "groupBy: [SERVED_IN]", StringComparison.Ordinal),
            new { id = "country:KE" }),
        Named("TimelineSyn001", Timeline, new { id = "fighter:syn-001" }),
        Named("TimelineSyn002", Timeline, new { id = "fighter:syn-002" }),
        Named("TimelineWindow", Timeline.Replace("hops: 2)", "hops: 2, from: \"2025-07\")", StringComparison.Ordinal),
            new { id = "fighter:syn-002" }),
        Named("NeighborhoodA", Neighborhood, new { id = "adchannel:syn-a-demo" }),
        Named("NeighborhoodB", Neighborhood, new { id = "adchannel:syn-b-demo" }),
        Named("NeighborhoodDeeper", Neighborhood.Replace("depth: 1", "depth: 2", StringComparison.Ordinal),
            new { id = "adchannel:syn-b-demo" }),
        Named("PathsA", Paths, new { from = "fighter:syn-001", to = "adchannel:syn-a-demo" }),
        Named("PathsB", Paths, new { from = "fighter:syn-002", to = "adchannel:syn-b-demo" }),
        Named("PathsShortest", Paths.Replace("maxHops: 4)", "maxHops: 4, shortestOnly: true)", StringComparison.Ordinal),
            new { from = "fighter:syn-002", to = "adchannel:syn-b-demo" }),
    ];

    /// <summary>A shape whose operation is named after it (the tests find a request's spans by its operation name).</summary>
    private static Shape Named(string name, string document, object variables) =>
        new(name, document.Replace("query Q(", $"query {name}(", StringComparison.Ordinal), variables);

    /// <summary>The family's document itself: the first two requests of a family send exactly the same text.</summary>
    private static string Unnamed(Shape shape) => shape.Query.Replace($"query {shape.Name}(", "query Q(", StringComparison.Ordinal);

    [SkippableFact]
    public async Task On_neo4j_the_same_document_with_other_variables_reuses_its_statement_and_another_shape_does_not()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();

        var compiled = await RunCompiledOnNeo4jAsync();
        var loaded = await OneStatementPerRequestTests.RunAsync(GraphServerFactory.Neo4j(), compile: false, Shapes);

        for (var i = 0; i < Shapes.Length; i++)
        {
            var (name, (answer, hits, misses)) = (Shapes[i].Name, compiled[i]);
            output.WriteLine($"{name}: {hits} hit(s), {misses} miss(es)");
            Assert.True(answer["errors"] is null, $"{name}: {answer.ToJsonString()}");
            Assert.Equal(loaded[name].Answer.ToJsonString(), answer.ToJsonString());
            // The second of each family is the first's document with other variables: its statement comes from the cache.
            Assert.Equal(i % 3 == 1 ? (1L, 0L) : (0L, 1L), (hits, misses));
        }

        AssertAnswers(name => compiled[Array.FindIndex(Shapes, s => s.Name == name)].Answer.ToJsonString());
    }

    [Fact]
    public async Task On_the_embedded_store_the_same_documents_answer_what_the_dataloader_path_answers()
    {
        var (compiled, _) = await CompiledAgainstLoaded.OneStoreCallEmbeddedAsync(Shapes, output);

        AssertAnswers(name => compiled[name].Answer.ToJsonString());
    }

    /// <summary>Each request answered for its own variables: the synthetic chain of the seed that its values name.</summary>
    private static void AssertAnswers(Func<string, string> of)
    {
        void Has(string name, params string[] parts)
        {
            foreach (var part in parts)
            {
                Assert.True(of(name).Contains(part, StringComparison.Ordinal), $"{name} lacks {part}: {of(name)}");
            }
        }

        void Lacks(string name, string part) =>
            Assert.False(of(name).Contains(part, StringComparison.Ordinal), $"{name} has {part}: {of(name)}");

        Has("AggregateRootCaptured",
            "{\"id\":\"fighter:syn-001\",\"citizenOf\":{\"nodes\":[{\"id\":\"country:KE\"}]}}", "\"value\":\"country:KE\"");
        Lacks("AggregateRootCaptured", "fighter:syn-002");
        Has("AggregateRootKilled",
            "{\"id\":\"fighter:syn-002\",\"citizenOf\":{\"nodes\":[{\"id\":\"country:IQ\"}]}}", "\"value\":\"country:IQ\"");
        Lacks("AggregateRootKilled", "country:KE");
        Has("AggregateRootByStatus", "\"value\":\"CAPTURED\"");
        Has("AggregateNestedKE", "\"id\":\"country:KE\"", "{\"id\":\"fighter:syn-001\"}", "\"value\":\"CAPTURED\"");
        Lacks("AggregateNestedKE", "KILLED");
        Has("AggregateNestedIQ", "\"id\":\"country:IQ\"", "{\"id\":\"fighter:syn-002\"}", "\"value\":\"KILLED\"");
        Lacks("AggregateNestedIQ", "CAPTURED");
        Has("AggregateNestedByUnit", "\"value\":\"unit:syn-1\"");
        Has("TimelineSyn001", "\"id\":\"event:syn-001-capture\"", "\"id\":\"location:syn-front-1\"", "{\"id\":\"fighter:syn-001\"}");
        Lacks("TimelineSyn001", "event:syn-002-death");
        Has("TimelineSyn002", "\"id\":\"event:syn-002-death\"", "\"id\":\"location:syn-front-2\"", "{\"id\":\"fighter:syn-002\"}");
        Lacks("TimelineSyn002", "event:syn-001-capture");
        Has("TimelineWindow", "\"id\":\"event:syn-002-death\"");
        Has("NeighborhoodA", "\"placedBy\":{\"nodes\":[{\"id\":\"recruiter:syn-a\"}]}", "\"from\":\"recruiter:syn-a\"");
        Lacks("NeighborhoodA", "recruiter:syn-b");
        Has("NeighborhoodB", "\"placedBy\":{\"nodes\":[{\"id\":\"recruiter:syn-b\"}]}", "\"from\":\"recruiter:syn-b\"");
        Lacks("NeighborhoodB", "recruiter:syn-a");
        Has("NeighborhoodDeeper", "\"id\":\"fighter:syn-002\"");
        Has("PathsA", "{\"id\":\"fighter:syn-001\"}", "{\"id\":\"recruiter:syn-a\",\"placed\":{\"totalCount\":1}}");
        Lacks("PathsA", "syn-b");
        Has("PathsB", "{\"id\":\"fighter:syn-002\"}", "{\"id\":\"recruiter:syn-b\",\"placed\":{\"totalCount\":1}}");
        Lacks("PathsB", "syn-a");
        Has("PathsShortest", "{\"id\":\"fighter:syn-002\"}");
    }

    /// <summary>The shapes in order on one compiled Neo4j server: each answer with the plan cache's hits and misses it caused.</summary>
    private static async Task<List<(JsonNode Answer, long Hits, long Misses)>> RunCompiledOnNeo4jAsync()
    {
        var settings = GraphServerFactory.Neo4j();
        settings["GraphServer:Http:CompileSelections"] = "true";
        await using var factory = new GraphServerFactory(settings);
        using var client = factory.CreateClient();
        var store = (Neo4jStore)factory.Services.GetRequiredService<GraphStoreHolder>().Opened;
        var answers = new List<(JsonNode, long, long)>();
        foreach (var shape in Shapes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
            {
                Content = new StringContent(
                    JsonSerializer.Serialize(new { query = Unnamed(shape), variables = shape.Variables }),
                    Encoding.UTF8, "application/json"),
            };
            var before = store.PlanCacheCounts;
            using var response = await client.SendAsync(request);
            var answer = ComparableAnswers.WithoutTraceIds(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
            var after = store.PlanCacheCounts;
            answers.Add((answer, after.Hits - before.Hits, after.Misses - before.Misses));
        }

        return answers;
    }
}
