using System.Net;
using System.Text.Json.Nodes;
using GraphServer.Store;
using GraphServer.Tests.Shared;
using static GraphServer.Api.Tests.EndToEnd.SeedExpectations;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>paths and neighbourhood end to end: what the seed's graph says, and the same JSON from both stores.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class GraphViewQueryTests
{
    private const string Kenya = "country:KE";
    private const string FrontLine = "location:syn-front-1";
    private const string India = "country:IN";

    private const string Neighbourhood =
        "{ neighborhood(ids: [\"country:KE\"], depth: 1, first: 500) { nodes { __typename id } relationships { type from to confidence } truncated } }";

    private const string ShortestPaths =
        "{ paths(from: \"country:KE\", to: \"location:syn-front-1\", shortestOnly: true, first: 1000) { length nodes { id } relationships { type from to } } }";

    private const string IndiaAsOf =
        "{ neighborhood(ids: [\"country:IN\"], depth: 2, first: 500, asOf: \"2025-01-01\") { nodes { id } relationships { type from to } truncated } }";

    [Fact]
    public async Task The_neighbourhood_of_kenya_is_kenya_its_neighbours_and_every_link_between_them()
    {
        var body = (await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), Neighbourhood))[0]!["data"]!["neighborhood"]!;

        var edges = AllEdges();
        var near = edges.Where(e => e.FromId == Kenya || e.ToId == Kenya).SelectMany(e => new[] { e.FromId, e.ToId })
            .Where(id => id != Kenya).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(near.Count > 3);
        Assert.Equal([Kenya, .. near], body["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        var inside = new HashSet<string>([Kenya, .. near]);
        var expectedEdges = edges.Where(e => inside.Contains(e.FromId) && inside.Contains(e.ToId))
            .Select(e => $"{e.FromId}-{e.Type}->{e.ToId}").Order(StringComparer.Ordinal);
        var actualEdges = body["relationships"]!.AsArray()
            .Select(e => $"{e!["from"]}-{e["type"]}->{e["to"]}").Order(StringComparer.Ordinal);
        Assert.Equal(expectedEdges, actualEdges);
        Assert.False(body["truncated"]!.GetValue<bool>());
        Assert.Equal("Country", body["nodes"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Shortest_paths_from_kenya_to_a_front_line_are_all_of_the_shortest_length_and_walk_their_relationships()
    {
        var paths = (await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), ShortestPaths))[0]!["data"]!["paths"]!.AsArray();

        var (length, count) = ShortestFromSeed(Kenya, FrontLine);
        Assert.True(count > 1 && length > 1, "the pair must have several shortest paths of several hops for this test to mean anything");
        Assert.Equal(count, paths.Count);
        foreach (var path in paths)
        {
            var nodes = path!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
            var links = path["relationships"]!.AsArray();
            Assert.Equal(length, path["length"]!.GetValue<int>());
            Assert.Equal((Kenya, FrontLine), (nodes[0], nodes[^1]));
            Assert.Equal(length, links.Count);
            for (var i = 0; i < links.Count; i++)
            {
                var ends = new[] { links[i]!["from"]!.GetValue<string>(), links[i]!["to"]!.GetValue<string>() };
                Assert.Equal(ends.Order(StringComparer.Ordinal), new[] { nodes[i], nodes[i + 1] }.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public async Task Too_many_hops_is_an_invalid_argument_error_on_the_paths_field()
    {
        var body = (await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), "{ paths(from: \"country:KE\", to: \"country:IN\", maxHops: 40) { length } }"))[0]!;

        var error = body["errors"]![0]!;
        Assert.Equal("INVALID_ARGUMENT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("paths", error["path"]![0]!.GetValue<string>());
        Assert.Contains("maxHops", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Neo4j_and_the_embedded_store_return_the_same_paths_and_neighbourhood()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var embedded = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), Neighbourhood, ShortestPaths, IndiaAsOf);
        var neo4j = await GraphServerFactory.RunAllAsync(GraphServerFactory.Neo4j(), Neighbourhood, ShortestPaths, IndiaAsOf);

        Assert.All(neo4j, answer => Assert.Null(answer!["errors"]));
        // Relationships between the returned nodes come in no promised order: compare them as sets.
        Assert.Equal(Sorted(embedded[0]!), Sorted(neo4j[0]!));
        Assert.Equal(embedded[1]!.ToJsonString(), neo4j[1]!.ToJsonString());
        Assert.Contains("\"relationships\":[{", neo4j[1]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(Sorted(embedded[2]!), Sorted(neo4j[2]!));
        var visible = embedded[2]!["data"]!["neighborhood"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var byId = Model.RecruitmentModel.Instance.NodeTypes.SelectMany(t => Nodes(t.Label)).ToDictionary(n => n.Id);
        Assert.All(visible, id => Assert.True(VisibleOn(byId[id], "2025-01-01"), id));
        // The day must hide a neighbour of India for this to mean anything.
        Assert.Contains(AllEdges(), e => (e.FromId == India && !VisibleOn(byId[e.ToId], "2025-01-01"))
            || (e.ToId == India && !VisibleOn(byId[e.FromId], "2025-01-01")));
    }

    private static string Sorted(JsonNode answer)
    {
        var copy = answer.DeepClone();
        var relationships = copy["data"]!["neighborhood"]!["relationships"]!.AsArray();
        var ordered = relationships.Select(r => r!.ToJsonString()).Order(StringComparer.Ordinal).ToList();
        return copy["data"]!["neighborhood"]!["nodes"]!.ToJsonString() + string.Join(',', ordered);
    }

    /// <summary>Breadth first over the seed's graph, both directions: the shortest length and how many shortest paths there are.</summary>
    private static (int Length, long Count) ShortestFromSeed(string from, string to)
    {
        var edges = AllEdges();
        var distance = new Dictionary<string, int> { [from] = 0 };
        var count = new Dictionary<string, long> { [from] = 1 };
        var front = new List<string> { from };
        while (front.Count > 0 && !distance.ContainsKey(to))
        {
            var next = new List<string>();
            foreach (var node in front)
            {
                foreach (var edge in edges.Where(e => e.FromId == node || e.ToId == node))
                {
                    var other = edge.FromId == node ? edge.ToId : edge.FromId;
                    if (distance.TryAdd(other, distance[node] + 1))
                    {
                        next.Add(other);
                    }

                    if (distance[other] == distance[node] + 1)
                    {
                        count[other] = count.GetValueOrDefault(other) + count[node];
                    }
                }
            }

            front = next;
        }

        return (distance[to], count[to]);
    }

    private static List<GraphEdge> AllEdges() => [.. Model.RecruitmentModel.Instance.RelationshipTypes.SelectMany(r => Edges(r.Type))];
}
