using System.Diagnostics;
using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Tests.Shared;
using Xunit.Abstractions;
using static GraphServer.Api.Tests.Loading.RequestShapes;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// <c>neighborhood</c> and <c>paths</c> as plan roots: whatever the request reads of their nodes (properties through
/// inline fragments, <c>__typename</c>, relationship fields with paging, order, counts and edges) and of their
/// relationships (type, ends, properties) is ONE statement on Neo4j and one store call (one read transaction) on the
/// embedded store, and the answer is exactly the DataLoader path's (GraphServer:Http:CompileSelections=false).
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class TraversalPlanTests(ITestOutputHelper output)
{
    private static readonly Shape[] Shapes =
    [
        new("NeighborhoodRich", """
            query NeighborhoodRich($id: ID!) {
              neighborhood(ids: [$id], depth: 2, first: 60) { truncated
                relationships { __typename type from to role confidence }
                nodes { __typename id
                  ... on Fighter { alias status servedIn(first: 2) { totalCount nodes { id name } } }
                  ... on Offer { promisedRole salaryAmount placedBy { nodes { id name } }
                    answers: answeredBy(first: 3, order: [{ id: DESC }]) { nodes { id alias } } }
                  ... on Recruiter { name recruited { totalCount } } } } }
            """, new { id = "recruiter:syn-a" }),
        new("PathsAll", """
            query PathsAll($from: ID!, $to: ID!) {
              paths(from: $from, to: $to, maxHops: 4, first: 10) { length
                relationships { type from to confidence }
                nodes { id __typename ...OfferNode ... on Recruiter { name operates { nodes { id handle } } } } } }
            fragment OfferNode on Offer { promisedRole targets { nodes { id name } } }
            """, new { from = "fighter:syn-001", to = "adchannel:syn-a-demo" }),
        new("NeighborhoodAsOf", """
            query NeighborhoodAsOf($id: ID!) {
              neighborhood(ids: [$id], depth: 1, first: 50, asOf: "2026-06-01") { truncated relationships { type from to }
                nodes { id ... on Offer { placedBy { nodes { id } } } } } }
            """, new { id = "country:KE" }),
        new("PathsIdsOnly", """
            query PathsIdsOnly($from: ID!, $to: ID!) {
              paths(from: $from, to: $to, maxHops: 4, shortestOnly: true) { length nodes { id } } }
            """, new { from = "fighter:syn-001", to = "adchannel:syn-a-demo" }),
    ];

    [SkippableFact]
    public async Task On_neo4j_a_traversal_with_everything_asked_of_its_nodes_and_relationships_is_one_statement_with_the_dataloader_answer()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();

        var (compiled, _) = await CompiledAgainstLoaded.OneStatementOnNeo4jAsync(Shapes, output);

        AssertFound(compiled);
    }

    [Fact]
    public async Task On_the_embedded_store_a_traversal_with_everything_asked_of_its_nodes_is_one_store_call_with_the_dataloader_answer()
    {
        var (compiled, _) = await CompiledAgainstLoaded.OneStoreCallEmbeddedAsync(Shapes, output);

        AssertFound(compiled);
    }

    /// <summary>The answers are worth comparing: each traversal found the seed's synthetic chain and the fields below its nodes.</summary>
    private static void AssertFound(Dictionary<string, (JsonNode Answer, List<Activity> Statements, List<Activity> Sql)> answers)
    {
        string Of(string name) => answers[name].Answer.ToJsonString();
        Assert.Contains("\"placedBy\":{\"nodes\":[{\"id\":\"recruiter:syn-a\",\"name\":", Of("NeighborhoodRich"), StringComparison.Ordinal);
        Assert.Contains("\"recruited\":{\"totalCount\":", Of("NeighborhoodRich"), StringComparison.Ordinal);
        Assert.Contains("\"servedIn\":{\"totalCount\":", Of("NeighborhoodRich"), StringComparison.Ordinal);
        Assert.Contains("\"type\":\"RECRUITED\",\"from\":\"recruiter:syn-a\"", Of("NeighborhoodRich"), StringComparison.Ordinal);
        Assert.Contains("\"operates\":{\"nodes\":[{\"id\":\"adchannel:syn-a-demo\"", Of("PathsAll"), StringComparison.Ordinal);
        Assert.Contains("\"targets\":{\"nodes\":[{\"id\":\"country:", Of("PathsAll"), StringComparison.Ordinal);
        Assert.Contains("\"nodes\":[{\"id\":\"fighter:syn-001\"}", Of("PathsIdsOnly"), StringComparison.Ordinal);
        Assert.Contains("\"id\":\"country:KE\"", Of("NeighborhoodAsOf"), StringComparison.Ordinal);
    }
}
