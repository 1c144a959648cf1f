using System.Text.Json.Nodes;
using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.Support;
using GraphServer.Store;
using GraphServer.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// Properties of funnel, aggregate and claimComparisons on a graph from the Seed generator (fixed seed), through the HTTP
/// API: fighter stages never grow down the funnel, an aggregate equals counting the same records one by one through the
/// list fields, and asOf(d) shows no claim first reported after d; both stores give the same answers.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class GeneratedGraphPropertyTests
{
    private const long Nodes = 1500;
    private const long GeneratorSeed = 7;
    private static readonly string[] Days = ["2024-06-30", "2025-01-01", "2025-11-10", "2025-12-31"];

    [Fact]
    public async Task On_a_generated_graph_funnels_aggregates_and_as_of_keep_their_properties()
    {
        var answers = await CheckPropertiesAsync(GraphServerFactory.Embedded(("GRAPH_SEED", "none")));

        Assert.NotEmpty(answers);
    }

    [SkippableFact]
    public async Task On_a_generated_graph_neo4j_keeps_the_properties_and_agrees_with_the_embedded_store()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var neo4jSettings = GraphServerFactory.Neo4j();
        neo4jSettings["GRAPH_SEED"] = "none";
        var neo4j = await CheckPropertiesAsync(neo4jSettings);
        var embedded = await CheckPropertiesAsync(GraphServerFactory.Embedded(("GRAPH_SEED", "none")));

        Assert.Equal(ComparableAnswers.InPathOrder(embedded), ComparableAnswers.InPathOrder(neo4j));
        await Neo4jDatabase.ClearAsync();
    }

    /// <summary>Loads the generated graph, asks every question, checks each property, and returns the answers.</summary>
    private static async Task<JsonArray> CheckPropertiesAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var factory = new GraphServerFactory(settings);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<GraphStoreHolder>().Store;
        foreach (var changes in GeneratedBatches())
        {
            await store.ApplyAsync(changes);
        }

        var answers = new JsonArray();
        async Task<JsonNode> AskAsync(string query)
        {
            var (_, body) = await GraphQLClient.PostAsync(client, query);
            Assert.True(body["errors"] is null, body.ToJsonString());
            answers.Add(body.DeepClone());
            return body["data"]!;
        }

        var countries = (await AskAsync("{ countries(first: 100, order: [{ id: ASC }]) { nodes { id } } }"))["countries"]!["nodes"]!.AsArray()
            .Select(c => (string)c!["id"]!).ToList();
        foreach (var day in Days.Cast<string?>().Append(null))
        {
            var asOf = day is null ? "" : $", asOf: \"{day}\"";
            var funnels = await AskAsync("{ " + string.Concat(countries.Select((c, i) =>
                $"c{i}: funnel(country: \"{c}\"{asOf}) {{ stages {{ stage counted }} }} ")) + "}");
            Assert.All(countries.Select((_, i) => funnels[$"c{i}"]!), InvestigativeAnswersQueryTests.FunnelNeverGrows);
        }

        Assert.True(countries.Count > 5, "the generator spreads fighters over the seed's countries");
        foreach (var day in Days.Cast<string?>().Append(null))
        {
            var asOf = day is null ? "" : $"asOf: \"{day}\"";
            var counted = await AskAsync($"{{ fighters{(day is null ? "" : $"({asOf})")} {{ aggregate(groupBy: [CITIZEN_OF, STATUS], first: 500) {{ keys {{ value }} count }} }} }}");
            var listed = await AllFightersAsync(AskAsync, asOf);
            Assert.Equal(listed, Groups(counted["fighters"]!["aggregate"]!));
        }

        var recruiters = await AskAsync("""
            { recruiters(first: 8, order: [{ id: ASC }], asOf: "2025-06-30") { nodes { id recruited(first: 500) { totalCount
                nodes { status } aggregate(groupBy: [STATUS], first: 10) { keys { value } count } } } } }
            """);
        foreach (var recruiter in recruiters["recruiters"]!["nodes"]!.AsArray())
        {
            var recruited = recruiter!["recruited"]!;
            Assert.Equal((int)recruited["totalCount"]!, recruited["nodes"]!.AsArray().Count);
            Assert.Equal(OneByOne(recruited["nodes"]!.AsArray().Select(f => (string)f!["status"]!)), Groups(recruited["aggregate"]!));
        }

        var all = (await AskAsync("{ claimComparisons(first: 500) { claims { claim { id } knownFrom } } }"))["claimComparisons"]!;
        var knownFrom = all.AsArray().SelectMany(g => g!["claims"]!.AsArray())
            .GroupBy(c => (string)c!["claim"]!["id"]!).ToDictionary(g => g.Key, g => (string?)g.First()!["knownFrom"]);
        Assert.NotEmpty(knownFrom);
        foreach (var day in Days)
        {
            var seen = (await AskAsync($"{{ claimComparisons(asOf: \"{day}\", first: 500) {{ claims {{ claim {{ id }} knownFrom }} }} }}"))
                ["claimComparisons"]!.AsArray().SelectMany(g => g!["claims"]!.AsArray()).Select(c => (string)c!["claim"]!["id"]!).ToHashSet();
            Assert.All(seen, id => Assert.True(knownFrom[id] is null || string.CompareOrdinal(knownFrom[id], day) <= 0, $"{id} on {day}"));
            Assert.All(knownFrom.Where(k => k.Value is not null && string.CompareOrdinal(k.Value, day) <= 0), k => Assert.Contains(k.Key, seen));
        }

        return answers;
    }

    /// <summary>
    /// The Seed generator's batches (the seed, then generated records). The generator is internal to Seed, and seeing Seed's
    /// internals would make its Program clash with the server's, so it is reached by name.
    /// </summary>
    private static IEnumerable<ChangeSet> GeneratedBatches()
    {
        var type = typeof(GraphServer.Seed.Loading.SeedData).Assembly.GetType("GraphServer.Seed.Generation.SyntheticGraph", throwOnError: true)!;
        var graph = Activator.CreateInstance(type, Nodes, GeneratorSeed)!;
        var batches = (System.Collections.IEnumerable)type.GetMethod("Batches")!.Invoke(graph, [0L, 500])!;
        foreach (var batch in batches)
        {
            yield return (ChangeSet)batch.GetType().GetProperty("Changes")!.GetValue(batch)!;
        }
    }

    /// <summary>Every fighter through the list field, a page at a time, counted by citizenship and status one by one.</summary>
    private static async Task<List<string>> AllFightersAsync(Func<string, Task<JsonNode>> ask, string asOf)
    {
        var rows = new List<string?>();
        string? after = null;
        do
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var page = (await ask($"{{ fighters(first: 500{cursor}{(asOf.Length == 0 ? "" : ", " + asOf)}) {{ pageInfo {{ hasNextPage endCursor }} "
                + "nodes { status citizenOf(first: 5) { nodes { id } } } } }"))["fighters"]!;
            rows.AddRange(page["nodes"]!.AsArray().SelectMany(f => f!["citizenOf"]!["nodes"]!.AsArray().Select(c => (string?)c!["id"])
                .DefaultIfEmpty(null).Select(c => $"{c ?? "null"}|{(string)f["status"]!}")));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);
        return OneByOne(rows);
    }

    private static List<string> OneByOne(IEnumerable<string?> rows) =>
        [.. rows.GroupBy(r => r!, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal)];

    private static List<string> Groups(JsonNode aggregate) => [.. aggregate.AsArray()
        .Select(g => string.Join('|', g!["keys"]!.AsArray().Select(k => (string?)k!["value"] ?? "null")) + "=" + (int)g!["count"]!)
        .Order(StringComparer.Ordinal)];
}
