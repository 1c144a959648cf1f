using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Tests.Shared;
using Xunit.Abstractions;

namespace GraphServer.Api.Tests.Investigation;

/// <summary>
/// Properties of trace, traces and timeline on a generated graph of 10,000 nodes (the generator's fixed seed), on both
/// stores with the same assertions: every step connects to the step it names, every present step cites a source, the
/// weakest confidence is the minimum over the hops, the branches are exactly the graph's combinations, the filter
/// matches what the generated records say, asOf hides every fact not yet known, and each answer costs a fixed number
/// of store calls, whatever the page size.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class TraceGeneratedGraphTests(ITestOutputHelper output)
{
    /// <summary>10,000 by default; TRACE_GENERATED_NODES=100000 measures a larger graph once (the notes give the numbers).</summary>
    private static readonly long NodeCount =
        long.TryParse(Environment.GetEnvironmentVariable("TRACE_GENERATED_NODES"), out var nodes) ? nodes : 10_000;
    private const int Page = 25;

    private const string Fields = "totalCount pageInfo { hasNextPage endCursor } nodes { fighter { id } weakestConfidence truncated "
        + "branches { weakestConfidence missing steps { hop relationship linksTo missing confidence node { id } "
        + "sources { id publishedAt } } } }";

    [Fact]
    public Task On_the_embedded_store() => CheckAsync("embedded");

    [SkippableFact]
    public async Task On_neo4j()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(10));
        await Neo4jDatabase.ClearAsync();
        try
        {
            await CheckAsync("neo4j");
        }
        finally
        {
            await Neo4jDatabase.ClearAsync();
        }
    }

    private async Task CheckAsync(string store)
    {
        var loading = System.Diagnostics.Stopwatch.StartNew();
        await using var graph = await GeneratedGraph.StartAsync(store, NodeCount);
        output.WriteLine($"{store}: {NodeCount:N0} generated nodes loaded in {loading.Elapsed.TotalSeconds:N1} s");
        graph.Log = output.WriteLine;
        var expected = new ExpectedTraces(graph);

        // Four pages in a row, by cursor: every trace as the generated records say, each page in the same few store calls.
        string? after = null;
        var seen = 0;
        for (var page = 0; page < 4; page++)
        {
            var traces = await TracesAsync(graph, $"first: {Page}" + (after is null ? "" : $", after: \"{after}\""));
            Assert.Equal(expected.FighterCount, traces["totalCount"]!.GetValue<int>());
            foreach (var trace in traces["nodes"]!.AsArray())
            {
                expected.Check(trace!, asOf: null);
                seen++;
            }

            after = traces["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(4 * Page, seen);

        // A page of one costs what a page of 25 does.
        var single = await TracesAsync(graph, "first: 1");
        expected.Check(single["nodes"]![0]!, asOf: null);

        // The filter on several steps matches exactly the fighters the records say, and the page shows their traces.
        var filtered = await TracesAsync(graph, $"first: {Page}, where: {{ status: [CAPTURED], unitKind: [ASSAULT] }}");
        var matching = expected.CapturedInAssaultUnits();
        Assert.True(matching.Count > Page, "the filter must match more than a page for the test to mean anything");
        Assert.Equal(matching.Count, filtered["totalCount"]!.GetValue<int>());
        Assert.Equal(matching.Take(Page), filtered["nodes"]!.AsArray().Select(t => t!["fighter"]!["id"]!.GetValue<string>()));

        // As of a day in the middle of the generated dates: nothing known only later shows, and the rest still holds.
        var day = expected.MiddleEventDate();
        var asOf = await TracesAsync(graph, $"first: {Page}, asOf: \"{day}\"");
        foreach (var trace in asOf["nodes"]!.AsArray())
        {
            expected.Check(trace!, asOf: day);
        }

        // Ordered by the latest outcome date, newest first (fighters with none first, as nulls sort descending): one aggregate
        // call for every match's dates, one find for the page, then the hops; the page's dates never rise.
        var byOutcome = (await PostAsync(graph, $"{{ traces(first: {Page}, order: {{ outcomeDate: DESC }}) {{ totalCount nodes {{ "
            + "fighter { id } branches { outcome { date } } } } }"))["traces"]!;
        Assert.Equal(expected.FighterCount, byOutcome["totalCount"]!.GetValue<int>());
        Assert.Equal(1, graph.Calls[nameof(IGraphStore.AggregateAsync)]);
        AssertCalls(graph, find: 1);
        var latest = byOutcome["nodes"]!.AsArray().Select(t => t!["branches"]!.AsArray()
            .Select(b => b!["outcome"]!["date"]?.GetValue<string>()).OfType<string>()
            .Select(d => (DateOnly?)PartialDates.FirstDay(d)).Max()).ToList();
        Assert.Equal(Page, latest.Count);
        Assert.Equal(latest.OrderBy(d => d is not null).ThenByDescending(d => d), latest);

        // One trace: the fighter, then the hops.
        var fighter = expected.FighterWithMostBranches();
        var one = await PostAsync(graph, $"{{ trace(fighter: \"{fighter}\") {{ fighter {{ id }} weakestConfidence truncated branches {{ "
            + "weakestConfidence missing steps { hop relationship linksTo missing confidence node { id } "
            + "sources { id publishedAt } } } } }");
        Assert.True(one["trace"]!["branches"]!.AsArray().Count > 2);
        expected.Check(one["trace"]!, asOf: null);
        AssertCalls(graph, find: 0);

        // A timeline two hops out: the neighbourhood, the cut, then the events' sources. Two hops from a fighter reach every member of
        // its unit and every citizen of its country, so on a large graph the walk's node limit may cut it, which the answer says.
        var (subject, happened) = expected.FighterWithAnEvent();
        var timelineQuery = $"{{ timeline(of: \"{subject}\", hops: 2, first: 100) {{ date distance event {{ id }} sources {{ id }} }} }}";
        var timeline = (await PostAsync(graph, timelineQuery,
            allowed: "TIMELINE_TRUNCATED"))["timeline"]!.AsArray();
        Assert.Contains(timeline, e => e!["distance"]!.GetValue<int>() == 1 && e["event"]!["id"]!.GetValue<string>() == happened);
        Assert.All(timeline, e => Assert.NotEmpty(e!["sources"]!.AsArray()));
        var dates = timeline.Select(e => PartialDates.FirstDay(e!["date"]!.GetValue<string>())).ToList();
        Assert.Equal(dates.Order(), dates);
        // One plan whose root is the timeline: the walk, the cut and the sources in one store call (one statement on Neo4j).
        Assert.Equal(1, graph.Calls[nameof(IGraphStore.RunPlanAsync)]);
        Assert.Equal(0, graph.Calls[nameof(IGraphStore.GetNeighbourhoodAsync)]);
        Assert.Equal(0, graph.Calls[nameof(IGraphStore.FindNodesAsync)]);
    }

    private static async Task<JsonNode> TracesAsync(GeneratedGraph graph, string arguments)
    {
        var traces = (await PostAsync(graph, $"{{ traces({arguments}) {{ {Fields} }} }}"))["traces"]!;
        AssertCalls(graph, find: 0);
        return traces;
    }

    /// <summary>
    /// With the compiler on (the default), the fighters and all seven hops are ONE store call (RunPlanAsync): no find, no
    /// neighbour call; a page chosen first by outcome date adds its aggregate and a find for those fighters.
    /// </summary>
    private static void AssertCalls(GeneratedGraph graph, int find)
    {
        Assert.Equal(1, graph.Calls[nameof(IGraphStore.RunPlanAsync)]);
        Assert.Equal(find, graph.Calls[nameof(IGraphStore.FindNodesAsync)]);
        Assert.Equal(0, graph.Calls[nameof(IGraphStore.GetNeighboursAsync)]);
        Assert.Equal(0, graph.Calls[nameof(IGraphStore.GetNodesAsync)]);
    }

    private static async Task<JsonNode> PostAsync(GeneratedGraph graph, string query, string? allowed = null)
    {
        graph.Calls.Reset();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (response, body) = await GraphQLClient.PostAsync(graph.Client, query);
        graph.Log?.Invoke($"{clock.ElapsedMilliseconds} ms, store calls: find {graph.Calls[nameof(IGraphStore.FindNodesAsync)]}, "
            + $"neighbours {graph.Calls[nameof(IGraphStore.GetNeighboursAsync)]}, "
            + $"neighbourhood {graph.Calls[nameof(IGraphStore.GetNeighbourhoodAsync)]}, "
            + $"nodes {graph.Calls[nameof(IGraphStore.GetNodesAsync)]}: {query[..Math.Min(query.Length, 60)]}");
        var errors = body["errors"]?.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).ToList() ?? [];
        Assert.True(response.IsSuccessStatusCode && errors.All(code => code == allowed), body.ToJsonString());
        graph.Log?.Invoke(errors.Count == 0 ? "no errors" : "errors: " + string.Join(", ", errors));
        return body["data"]!;
    }
}
