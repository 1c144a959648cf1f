using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Observability;
using GraphServer.Api.Tests.Support;
using GraphServer.Tests.Shared;
using Xunit.Abstractions;
using static GraphServer.Api.Tests.Loading.RequestShapes;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// Issue 13's statement count: every request shape of the bench (bench/harness/shapes.mjs) and the roots that return
/// any node (<c>node</c>, <c>nodes</c>, <c>search</c>, with relationship selections per type) is exactly ONE Bolt
/// statement on Neo4j, and answers exactly what the DataLoader path answers (GraphServer:Http:CompileSelections=false);
/// on the embedded store the same requests read in one read transaction with at most one SQL statement per level.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class OneStatementPerRequestTests(ITestOutputHelper output)
{
    /// <summary>
    /// SQL statements on the embedded store (PRAGMAs not counted): the root (its count only when totalCount or hasNextPage
    /// is read), then one compound statement per depth of the selection tree. Traversals (neighborhood, paths) and the
    /// investigative roots' hops are not one statement per level yet. Budgets only go down.
    /// </summary>
    private static readonly Dictionary<string, int> EmbeddedBudgets = new(StringComparer.Ordinal)
    {
        ["FilteredList"] = 2, ["FighterTrace"] = 3, ["RecruiterOffers"] = 3, ["CountryFunnel"] = 2, ["Neighborhood"] = 5,
        ["ShortestPath"] = 4, ["NodeRoot"] = 3, ["NodesRoot"] = 3, ["SearchRoot"] = 3, ["TraceFlat"] = 9, ["TracesFlat"] = 9,
        ["FunnelFlat"] = 6, ["ClaimComparisonsFlat"] = 4, ["ClaimComparisonsAbout"] = 5,
    };

    [SkippableFact]
    public async Task On_neo4j_every_bench_shape_and_every_any_node_root_is_one_bolt_statement_with_the_dataloader_answers()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        Shape[] shapes = [.. Bench, .. AnyNode, .. InvestigativeFlat, .. Investigative];

        var (compiled, loaded) = await CompiledAgainstLoaded.OneStatementOnNeo4jAsync(shapes, output);

        AssertSomethingAtEveryLevel(compiled);
        foreach (var shape in InvestigativeFlat)
        {
            Assert.True(loaded[shape.Name].Statements.Count > 1, $"{shape.Name} costs several statements without the compiler");
        }
    }

    [Fact]
    public async Task On_the_embedded_store_every_shape_reads_in_one_read_transaction_within_its_statement_budget_with_the_dataloader_answers()
    {
        Shape[] shapes = [.. Bench, .. AnyNode, .. InvestigativeFlat];

        var compiled = await RunAsync(GraphServerFactory.Embedded(), compile: true, shapes);
        var loaded = await RunAsync(GraphServerFactory.Embedded(), compile: false, shapes);

        foreach (var shape in shapes)
        {
            var (answer, sql) = (compiled[shape.Name].Answer, compiled[shape.Name].Sql);
            output.WriteLine($"{shape.Name}: {sql.Count} SQL statement(s) compiled, {loaded[shape.Name].Sql.Count} without the compiler (PRAGMAs included)");
            Assert.True(answer["errors"] is null, $"{shape.Name}: {answer.ToJsonString()}");
            var listing = string.Join("\n", sql.Select(q => q.DisplayName));
            // One store call, one read session: every statement under the same span, the session opened once.
            Assert.True(sql.Select(q => q.ParentSpanId).Distinct().Count() == 1, $"{shape.Name}: several store calls:\n{listing}");
            // The per-connection PRAGMAs run once per pooled handle: on the request that first opens it, or on none.
            var pragmas = sql.Count(q => q.DisplayName.Contains("PRAGMA", StringComparison.Ordinal));
            Assert.True(pragmas <= 1, $"{shape.Name}:\n{listing}");
            var queries = sql.Count - pragmas;
            Assert.True(queries <= EmbeddedBudgets[shape.Name], $"{shape.Name}: {queries} statements (budget {EmbeddedBudgets[shape.Name]}):\n{listing}");
            Assert.Equal(loaded[shape.Name].Answer.ToJsonString(), answer.ToJsonString());
        }

        AssertSomethingAtEveryLevel(compiled);
    }

    /// <summary>The answers are worth comparing: each shape found what the seed's synthetic chain holds, at its deepest level.</summary>
    private static void AssertSomethingAtEveryLevel(Dictionary<string, (JsonNode Answer, List<Activity> Statements, List<Activity> Sql)> answers)
    {
        string Of(string name) => answers[name].Answer.ToJsonString();
        Assert.Contains("\"placedBy\":{\"nodes\":[{\"id\":\"recruiter:", Of("FilteredList"), StringComparison.Ordinal);
        Assert.Contains("\"placedBy\":{\"nodes\":[{\"id\":\"recruiter:syn-a\"", Of("FighterTrace"), StringComparison.Ordinal);
        Assert.Contains("\"advertisedOn\":{\"nodes\":[{\"id\":\"adchannel:syn-a-demo\"", Of("RecruiterOffers"), StringComparison.Ordinal);
        Assert.Contains("\"targetedBy\":{\"totalCount\":", Of("CountryFunnel"), StringComparison.Ordinal);
        Assert.Contains("\"id\":\"recruiter:syn-a\"", Of("Neighborhood"), StringComparison.Ordinal);
        Assert.Contains("\"nodes\":[{\"id\":\"fighter:syn-001\"}", Of("ShortestPath"), StringComparison.Ordinal);
        Assert.Contains("\"placedBy\":{\"nodes\":[{\"id\":\"recruiter:syn-a\"", Of("NodeRoot"), StringComparison.Ordinal);
        Assert.Contains("\"targets\":{\"nodes\":[{\"id\":\"country:KE\"}", Of("NodesRoot"), StringComparison.Ordinal);
        Assert.Contains("null", Of("NodesRoot"), StringComparison.Ordinal);
        Assert.Contains("\"placedBy\":{\"nodes\":[{\"id\":\"recruiter:", Of("SearchRoot"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every shape on one server, one after the other; per shape its answer (trace ids removed) and the Bolt and SQLite
    /// statement spans of its own trace (the span listener is process-wide, so only the request's trace counts).
    /// </summary>
    internal static async Task<Dictionary<string, (JsonNode Answer, List<Activity> Statements, List<Activity> Sql)>> RunAsync(
        Dictionary<string, string?> settings, bool compile, IEnumerable<Shape> shapes)
    {
        settings["GraphServer:Http:CompileSelections"] = compile ? "true" : "false";
        var recorder = new SpanRecorder();
        await using var server = new GraphServerFactory(settings);
        await using var factory = TelemetryServer.WithSpans(server, recorder);
        using var client = factory.CreateClient();
        var answers = new Dictionary<string, (JsonNode, List<Activity>, List<Activity>)>(StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
            {
                Content = new StringContent(
                    JsonSerializer.Serialize(new { query = shape.Query, variables = shape.Variables }), Encoding.UTF8, "application/json"),
            };
            using var response = await client.SendAsync(request);
            var answer = ComparableAnswers.WithoutTraceIds(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
            var name = "graphql query " + shape.Name;
            var spans = await recorder.SnapshotOnceAsync(s => s.DisplayName == name);
            var root = Assert.Single(spans, s => s.DisplayName == name);
            var ofRequest = spans.Where(s => s.TraceId == root.TraceId).ToList();
            answers[shape.Name] = (answer,
                [.. ofRequest.Where(s => s.Source.Name == "GraphServer.Bolt")],
                [.. ofRequest.Where(s => s.DisplayName.StartsWith("sqlite ", StringComparison.Ordinal))]);
        }

        return answers;
    }
}
