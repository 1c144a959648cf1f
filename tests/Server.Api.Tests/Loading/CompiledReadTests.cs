using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// The plan compiler (Server/Schema/Planning) on the seed: a nested query of four levels with sources, edge
/// properties, counts, fragments, an inline fragment, aliases and variables is ONE store call (RunPlanAsync), which
/// is one Bolt statement on Neo4j and one read transaction on the embedded store, and it answers exactly what the
/// DataLoader path answers (the compiler switched off), on both stores.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CompiledReadTests
{
    private const string Query = """
        query Nested($first: Int!, $targets: Int) {
          countries(first: $first, order: [{ name: ASC }]) {
            totalCount
            nodes { ...CountryParts }
          }
        }
        fragment CountryParts on Country {
          id sources { id quote }
          targetedBy(first: $targets) {
            totalCount
            edges { sources { id } node { id ... on Offer { placedBy(first: 3) { nodes { id sources { id } operates { totalCount } } } } } }
          }
          newest: citizens(first: 2, order: [{ alias: DESC }]) { nodes { id alias servedIn { edges { role sources { id } node { id } } } } }
        }
        """;

    private const string Lookup = """
        { fighter(id: "fighter:somali-avdiivka-2024") { id sources { id } citizenOf { nodes { id targetedBy(first: 2) { nodes { id } } } } } }
        """;

    [Fact]
    public async Task On_the_embedded_store_a_nested_query_is_one_store_call_in_one_read_transaction_with_the_dataloader_answers()
    {
        var (compiled, calls, _) = await RunAsync(GraphServerFactory.Embedded(), compile: true);
        var (loaded, loaderCalls, _) = await RunAsync(GraphServerFactory.Embedded(), compile: false);

        Assert.Equal(["store RunPlanAsync"], calls.Select(s => s.DisplayName));
        Assert.True(loaderCalls.Count >= 6, string.Join(", ", loaderCalls.Select(s => s.DisplayName)));
        AssertSameAnswers(loaded, compiled);
    }

    [SkippableFact]
    public async Task On_neo4j_a_nested_query_with_sources_is_exactly_one_bolt_statement_with_the_dataloader_answers()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();

        var (compiled, calls, statements) = await RunAsync(GraphServerFactory.Neo4j(), compile: true);
        var (loaded, _, loaderStatements) = await RunAsync(GraphServerFactory.Neo4j(), compile: false);

        Assert.Equal(["store RunPlanAsync"], calls.Select(s => s.DisplayName));
        var statement = Assert.Single(statements);
        Assert.Equal(calls[0].SpanId, statement.ParentSpanId);
        Assert.True(loaderStatements.Count >= 6, $"{loaderStatements.Count} statements without the compiler");
        AssertSameAnswers(loaded, compiled);
    }

    private static void AssertSameAnswers(JsonArray loaded, JsonArray compiled)
    {
        Assert.All(compiled, answer => Assert.True(answer!["errors"] is null, answer.ToJsonString()));
        Assert.Equal(loaded.ToJsonString(), compiled.ToJsonString());
        var text = compiled.ToJsonString();
        // Something at every level to compare: sources, a third-level node with its own count, an edge property.
        Assert.Contains("\"sources\":[{\"id\":\"source:", text, StringComparison.Ordinal);
        Assert.Contains("\"operates\":{\"totalCount\":", text, StringComparison.Ordinal);
        Assert.Contains("\"placedBy\":{\"nodes\":[{\"id\":\"recruiter:", text, StringComparison.Ordinal);
        Assert.Contains("\"citizenOf\":{\"nodes\":[{\"id\":\"country:", text, StringComparison.Ordinal);
    }

    /// <summary>Both queries on one server; the store-call spans and the Bolt statement spans of the nested query's trace.</summary>
    private static Task<TracedAnswers> RunAsync(Dictionary<string, string?> settings, bool compile) =>
        TracedQueries.RunAsync(settings, compile, "Nested",
            (Query, new { first = 12, targets = 4 }), (Lookup, new { }));
}
