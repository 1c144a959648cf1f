using System.Diagnostics;
using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// A funnel (issue 13): connections asked only for <c>totalCount</c> read no rows, and several of them from one parent
/// that differ only in <c>where</c> are counted in one pass. On the seed, on both stores: the compiled answer equals
/// the DataLoader answer; on Neo4j the request is one statement whose status counts are one grouped walk with no
/// ORDER BY or row list for them, and a response name that merges a count-only and a rows occurrence still gets rows.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CountOnlyPlanTests
{
    private const string Query = """
        query Funnel($status: FighterStatus!) {
          countries(first: 40, order: [{ name: ASC }]) {
            nodes {
              id
              targetedBy(first: 2, order: [{ id: ASC }]) { totalCount nodes { id } }
              all: citizens { totalCount }
              chosen: citizens(where: { status: { eq: $status } }) { totalCount }
              captured: citizens(where: { status: { eq: CAPTURED } }) { __typename totalCount }
              active: citizens(where: { status: { in: [RECRUITED, DEPLOYED] } }) { ...Counted }
              merged: citizens(first: 2) { totalCount }
              merged: citizens(first: 2) { nodes { id } }
            }
          }
        }
        fragment Counted on CountryCitizensConnection { totalCount }
        """;

    [Fact]
    public async Task On_the_embedded_store_count_only_connections_are_one_store_call_with_the_dataloader_answers()
    {
        var (compiled, calls, _) = await RunAsync(GraphServerFactory.Embedded(), compile: true);
        var (loaded, _, _) = await RunAsync(GraphServerFactory.Embedded(), compile: false);

        Assert.Equal(["store RunPlanAsync"], calls.Select(s => s.DisplayName));
        AssertSameFunnel(loaded, compiled);
    }

    [SkippableFact]
    public async Task On_neo4j_a_funnel_is_one_statement_that_counts_the_statuses_in_one_pass_with_the_dataloader_answers()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();

        var (compiled, calls, statements) = await RunAsync(GraphServerFactory.Neo4j(), compile: true);
        var (loaded, _, _) = await RunAsync(GraphServerFactory.Neo4j(), compile: false);

        Assert.Equal(["store RunPlanAsync"], calls.Select(s => s.DisplayName));
        var cypher = (string)Assert.Single(statements).GetTagItem("db.query.text")!;
        // Root page, targetedBy and merged are ordered and collected; the four citizen counts are one CALL.
        Assert.Equal(3, Occurrences(cypher, "ORDER BY"));
        Assert.Equal(3, Occurrences(cypher, "collect(["));
        Assert.Equal(3, Occurrences(cypher, "count(CASE WHEN"));
        Assert.Equal(1, Occurrences(cypher, "count(*) AS k"));
        Assert.Equal(2, Occurrences(cypher, "COUNT { MATCH"));
        AssertSameFunnel(loaded, compiled);
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static void AssertSameFunnel(JsonNode loaded, JsonNode compiled)
    {
        Assert.True(compiled["errors"] is null, compiled.ToJsonString());
        Assert.Equal(loaded.ToJsonString(), compiled.ToJsonString());
        var countries = compiled["data"]!["countries"]!["nodes"]!.AsArray();
        long Sum(string alias) => countries.Sum(c => c![alias]!["totalCount"]!.GetValue<long>());
        Assert.True(Sum("all") > 0, "the seed has citizens");
        Assert.True(Sum("captured") + Sum("active") <= Sum("all"));
        Assert.Contains(countries, c => c!["merged"]!["nodes"]!.AsArray().Count > 0 && c["merged"]!["totalCount"]!.GetValue<long>() > 0);
        Assert.Contains(countries, c => c!["targetedBy"]!["totalCount"]!.GetValue<long>() > 0);
        Assert.All(countries, c => Assert.Equal("CountryCitizensConnection", c!["captured"]!["__typename"]!.GetValue<string>()));
    }

    /// <summary>The funnel on one server; the store-call spans and Bolt statement spans of its trace.</summary>
    private static async Task<(JsonNode Answer, List<Activity> StoreCalls, List<Activity> Statements)> RunAsync(
        Dictionary<string, string?> settings, bool compile)
    {
        var (answers, calls, statements) = await TracedQueries.RunAsync(settings, compile, "Funnel", (Query, new { status = "KILLED" }));
        return (answers[0]!, calls, statements);
    }
}
