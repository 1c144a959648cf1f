using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// Issue 13, "returning exactly the selected fields": a compiled read asks the store only for the properties the request
/// selects at each level (fragments, inline fragments, aliases and __typename followed; relationship properties only when
/// an edge selects them), and a root page whose total nobody reads is cut Top-k without counting every match. On Neo4j
/// the one statement projects maps of exactly those keys; on both stores the answers equal the DataLoader path's,
/// including a field merged from an occurrence the planner leaves out (a directive) that reads one more property.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ProjectedReadTests
{
    private const string Projected = """
        query Projected($first: Int!) {
          countries(first: $first, order: [{ name: ASC }]) {
            nodes {
              id label: name __typename
              ...Citizens
              targetedBy(first: 3, order: [{ id: ASC }]) { edges { cursor node { id promisedRole } } }
            }
          }
        }
        fragment Citizens on Country {
          citizens(first: 3, order: [{ alias: ASC }]) {
            nodes { id alias ... on Fighter { status } servedIn(first: 2) { edges { role node { id name } } } }
          }
        }
        """;

    private const string Merged = """
        query Merged($yes: Boolean!) {
          countries(first: 27, order: [{ name: ASC }]) {
            totalCount
            pageInfo { hasNextPage }
            nodes { id citizens(first: 2, order: [{ id: ASC }]) { nodes { id } } citizens(first: 2, order: [{ id: ASC }]) @include(if: $yes) { nodes { alias } } }
          }
        }
        """;

    [Fact]
    public async Task On_the_embedded_store_projected_reads_answer_as_the_dataloader_path()
    {
        var (compiled, calls, _) = await RunAsync(GraphServerFactory.Embedded(), compile: true);
        var (loaded, _, _) = await RunAsync(GraphServerFactory.Embedded(), compile: false);

        Assert.Equal("store RunPlanAsync", calls[0].DisplayName);
        AssertSameAnswers(loaded, compiled);
    }

    [SkippableFact]
    public async Task On_neo4j_the_statement_projects_only_the_selected_properties_and_counts_the_root_only_when_asked()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();

        var (compiled, calls, statements) = await RunAsync(GraphServerFactory.Neo4j(), compile: true);
        var (loaded, _, _) = await RunAsync(GraphServerFactory.Neo4j(), compile: false);

        Assert.Equal(["store RunPlanAsync"], calls.Select(s => s.DisplayName));
        var cypher = (string)Assert.Single(statements).GetTagItem("db.query.text")!;
        Assert.Contains("[n{.`id`, .`name`}, ", cypher, StringComparison.Ordinal); // countries: id, name (as label); __typename reads none
        Assert.Contains("{.`id`, .`alias`, .`status`}", cypher, StringComparison.Ordinal); // citizens, status through the inline fragment
        Assert.Contains("{.`id`, .`promisedRole`}]", cypher, StringComparison.Ordinal); // targetedBy's nodes under edges, no relationship
        Assert.Contains("{.`role`}, pn", cypher, StringComparison.Ordinal); // servedIn's relationship: only role
        Assert.Contains("{.`id`, .`name`}]", cypher, StringComparison.Ordinal); // servedIn's units
        Assert.Equal(1, Occurrences(cypher, "collect([pr")); // no other relationship travels
        Assert.Equal(4, Occurrences(cypher, "{.`id`"));
        Assert.DoesNotContain("count(n)", cypher, StringComparison.Ordinal);
        Assert.Contains("RETURN -1 AS total", cypher, StringComparison.Ordinal);
        AssertSameAnswers(loaded, compiled);
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static void AssertSameAnswers(JsonArray loaded, JsonArray compiled)
    {
        Assert.All(compiled, answer => Assert.True(answer!["errors"] is null, answer.ToJsonString()));
        Assert.Equal(loaded.ToJsonString(), compiled.ToJsonString());
        var projected = compiled[0]!["data"]!["countries"]!["nodes"]!.AsArray();
        Assert.All(projected, c => Assert.False(string.IsNullOrEmpty((string?)c!["label"])));
        var citizens = projected.SelectMany(c => c!["citizens"]!["nodes"]!.AsArray()).ToList();
        Assert.NotEmpty(citizens);
        Assert.All(citizens, f => Assert.NotNull((string?)f!["status"]));
        Assert.True(citizens.Any(f => f!["servedIn"]!["edges"]!.AsArray().Any(e => e!["role"] is not null && e["node"]!["name"] is not null)),
            new JsonArray([.. citizens.Select(c => c!.DeepClone())]).ToJsonString());
        Assert.Contains(projected, c => c!["targetedBy"]!["edges"]!.AsArray().Any(e => e!["node"]!["promisedRole"] is not null));
        var merged = compiled[1]!["data"]!["countries"]!;
        var total = merged["totalCount"]!.GetValue<int>();
        Assert.True(total >= 27, $"{total} countries");
        Assert.Equal(total > 27, merged["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        // The occurrence under @include reads alias: the planned rows hold only ids, so its resolver loads whole rows.
        Assert.Contains(merged["nodes"]!.AsArray(), c => c!["citizens"]!["nodes"]!.AsArray().Any(f => f!["alias"] is not null));
    }

    private static Task<TracedAnswers> RunAsync(Dictionary<string, string?> settings, bool compile) =>
        TracedQueries.RunAsync(settings, compile, "Projected",
            (Projected, new { first = 40 }), (Merged, new { yes = true }));
}
