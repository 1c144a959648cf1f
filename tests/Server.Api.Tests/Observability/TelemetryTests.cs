using System.Diagnostics;
using System.Text.RegularExpressions;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.Observability;

/// <summary>Health, Prometheus metrics, trace ids in errors and the spans of a request, on a real in-memory server.</summary>
[Collection(Neo4jCollection.Name)]
public sealed partial class TelemetryTests
{
    // A value an investigator might search for: it must never appear in any span.
    private const string Searched = "Kenya-secret-search-value";

    [Fact]
    public async Task Live_is_200_whenever_the_server_answers()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("""{"status":"live"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_scrape_after_a_query_holds_the_latency_histogram_of_that_operation_and_its_store_calls()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();
        var (answer, _) = await GraphQLClient.PostAsync(client, "query CountryNamesForMetrics { countries(first: 2) { nodes { id name } } }");
        Assert.Equal(200, (int)answer.StatusCode);

        using var scrape = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var metrics = await scrape.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)scrape.StatusCode);
        var ours = string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("graphserver", StringComparison.Ordinal)));
        Assert.True(ours.Contains("CountryNamesForMetrics", StringComparison.Ordinal), ours);
        var count = Assert.Single(metrics.Split('\n'), l =>
            l.StartsWith("graphserver_graphql_operation_duration_seconds_count{", StringComparison.Ordinal)
            && l.Contains("graphql_operation_name=\"CountryNamesForMetrics\"", StringComparison.Ordinal));
        Assert.Contains("graphql_operation_type=\"query\"", count, StringComparison.Ordinal);
        Assert.EndsWith(" 1", count.Split(" # ")[0].TrimEnd(), StringComparison.Ordinal);
        Assert.Contains(metrics.Split('\n'), l =>
            l.StartsWith("graphserver_graphql_store_calls_bucket{", StringComparison.Ordinal)
            && l.Contains("CountryNamesForMetrics", StringComparison.Ordinal));
        Assert.Contains(metrics.Split('\n'), l =>
            l.StartsWith("graphserver_store_calls_total{", StringComparison.Ordinal)
            && l.Contains("graphserver_store_method=\"FindNodesAsync\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ countries(first: 1) { nodes { nope } } }")]
    [InlineData("{ countries(first: ")]
    public async Task Every_error_carries_the_trace_id_of_its_request(string query)
    {
        var recorder = new SpanRecorder();
        await using var server = new GraphServerFactory(GraphServerFactory.Embedded());
        await using var factory = TelemetryServer.WithSpans(server, recorder);
        using var client = factory.CreateClient();

        var (_, body) = await GraphQLClient.PostAsync(client, query);

        var traceId = body["errors"]![0]!["extensions"]!["traceId"]!.GetValue<string>();
        Assert.Matches(HexTraceId(), traceId);
        var spans = await recorder.SnapshotOnceAsync(s => s.TraceId.ToString() == traceId && s.Kind == ActivityKind.Server);
        Assert.Contains(spans, s => s.TraceId.ToString() == traceId && s.Kind == ActivityKind.Server);
    }

    [Fact]
    public async Task An_http_level_refusal_carries_a_trace_id_too()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Requests.PostText("{", "application/json"));
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Matches(HexTraceId(), body["errors"]![0]!["extensions"]!["traceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_is_a_request_span_over_a_graphql_span_over_store_call_spans_without_argument_values()
    {
        var spans = await RunTracedAsync(GraphServerFactory.Embedded());

        var graphql = Assert.Single(spans, s => s.DisplayName == "graphql query TracedSearch");
        // The span listener is process-wide: tests running beside this one add their own store spans, so only this
        // request's trace counts.
        var store = Assert.Single(spans, s => s.DisplayName == "store FindNodesAsync" && s.TraceId == graphql.TraceId);
        Assert.Equal(graphql.SpanId, store.ParentSpanId);
        Assert.Equal("embedded", store.GetTagItem("db.system.name"));
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && s.SpanId == graphql.ParentSpanId);
        Assert.DoesNotContain(spans.SelectMany(TelemetryServer.TagValues), v => v.Contains(Searched, StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_the_embedded_store_each_sql_statement_is_a_span_named_by_its_template_without_parameter_values()
    {
        var spans = await RunTracedAsync(GraphServerFactory.Embedded());

        var graphql = Assert.Single(spans, s => s.DisplayName == "graphql query TracedSearch");
        var store = Assert.Single(spans, s => s.DisplayName == "store FindNodesAsync" && s.TraceId == graphql.TraceId);
        var statements = spans.Where(s => s.ParentSpanId == store.SpanId && s.Source.Name == "GraphServer.Store.Sqlite")
            .OrderBy(s => s.StartTimeUtc).ToList();
        // The connection's settings, then the page's total; nothing matches, so no page is read.
        Assert.Equal(2, statements.Count);
        Assert.Equal("sqlite PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;", statements[0].DisplayName);
        var count = statements[1];
        var sql = Assert.IsType<string>(count.GetTagItem("db.query.text"));
        Assert.StartsWith("SELECT count(*) FROM nodes AS n WHERE n.label = $label", sql, StringComparison.Ordinal);
        Assert.Equal("sqlite " + sql[..60] + "…", count.DisplayName); // the first line, cut at 60 characters
        Assert.Equal(("sqlite", ActivityKind.Client), (count.GetTagItem("db.system.name"), count.Kind));
        Assert.DoesNotContain(spans.SelectMany(TelemetryServer.TagValues), v => v.Contains(Searched, StringComparison.Ordinal));
        Assert.DoesNotContain(spans, s => s.DisplayName.Contains(Searched, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task On_neo4j_each_statement_is_a_span_named_by_its_cypher_template_without_parameter_values()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));

        var spans = await RunTracedAsync(GraphServerFactory.Neo4j());

        var graphql = Assert.Single(spans, s => s.DisplayName == "graphql query TracedSearch");
        var store = Assert.Single(spans, s => s.DisplayName == "store FindNodesAsync" && s.TraceId == graphql.TraceId);
        var statements = spans.Where(s => s.ParentSpanId == store.SpanId && s.Source.Name == "GraphServer.Bolt").ToList();
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
        {
            var cypher = Assert.IsType<string>(statement.GetTagItem("db.query.text"));
            Assert.Contains("MATCH", cypher, StringComparison.Ordinal);
            Assert.Contains("$", cypher, StringComparison.Ordinal);
            Assert.StartsWith("neo4j ", statement.DisplayName, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(spans.SelectMany(TelemetryServer.TagValues), v => v.Contains(Searched, StringComparison.Ordinal));
    }

    private static async Task<List<Activity>> RunTracedAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var recorder = new SpanRecorder();
        await using var server = new GraphServerFactory(settings);
        await using var factory = TelemetryServer.WithSpans(server, recorder);
        using var client = factory.CreateClient();
        var (response, body) = await GraphQLClient.PostAsync(client,
            $$"""query TracedSearch { countries(first: 1, where: { name: { eq: "{{Searched}}" } }) { nodes { id } } }""");
        Assert.True(200 == (int)response.StatusCode, body.ToJsonString());
        Assert.True(body["errors"] is null, body.ToJsonString());
        // The request's server span ends after the response has reached the client; its graphql span before that.
        var graphql = (await recorder.SnapshotOnceAsync(s => s.DisplayName == "graphql query TracedSearch"))
            .First(s => s.DisplayName == "graphql query TracedSearch");
        return await recorder.SnapshotOnceAsync(s => s.Kind == ActivityKind.Server && s.TraceId == graphql.TraceId);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex HexTraceId();
}
