using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Store;
using GraphServer.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Exports;

/// <summary>On Neo4j the exports hold exactly Neo4j's neighbourhood and shortest paths, and the same as the embedded store's.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ExportNeo4jTests
{
    private const string Kenya = "country:KE";
    private const string FrontLine = "location:syn-front-1";

    [SkippableFact]
    public async Task Every_format_holds_neo4js_neighbourhood_and_agrees_with_the_embedded_store()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();

        await using var neo4j = new GraphServerFactory(GraphServerFactory.Neo4j());
        await using var embedded = new GraphServerFactory(GraphServerFactory.Embedded());
        using var neo4jClient = neo4j.CreateClient();
        using var embeddedClient = embedded.CreateClient();
        var store = neo4j.Services.GetRequiredService<GraphStoreHolder>().Store;
        Assert.Equal("neo4j", store.Name);

        foreach (var depth in new[] { 1, 2 })
        {
            var expected = await store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya], depth));
            Assert.True(expected.Nodes.Count > 3);
            foreach (var format in ExportExpectations.Formats)
            {
                var url = $"/export/{format}?ids={Kenya}&depth={depth}";
                var fromNeo4j = ExportParsers.Parse(format, (await ExportResponse.GetAsync(neo4jClient, url)).Body);
                var fromEmbedded = ExportParsers.Parse(format, (await ExportResponse.GetAsync(embeddedClient, url)).Body);

                ExportExpectations.AssertSame(expected, fromNeo4j);
                Assert.Equal(fromEmbedded.Nodes.Keys.Order(StringComparer.Ordinal), fromNeo4j.Nodes.Keys.Order(StringComparer.Ordinal));
                Assert.Equal(fromEmbedded.Edges.Keys.Order(StringComparer.Ordinal), fromNeo4j.Edges.Keys.Order(StringComparer.Ordinal));
            }
        }

        // The whole graph, streamed page by page from each store, holds the same records.
        var allFromNeo4j = ExportParsers.Parse("csv", (await ExportResponse.GetAsync(neo4jClient, "/export/csv/all")).Body);
        var allFromEmbedded = ExportParsers.Parse("csv", (await ExportResponse.GetAsync(embeddedClient, "/export/csv/all")).Body);
        Assert.Equal(await store.CountNodesAsync(), allFromNeo4j.Nodes.Count);
        Assert.Equal(allFromEmbedded.Nodes.Keys.Order(StringComparer.Ordinal), allFromNeo4j.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(allFromEmbedded.Edges.Keys.Order(StringComparer.Ordinal), allFromNeo4j.Edges.Keys.Order(StringComparer.Ordinal));

        var paths = await store.FindPathsAsync(new PathQuery(Kenya, FrontLine, 6) { ShortestOnly = true, Limit = 100 });
        Assert.NotEmpty(paths);
        var pathFile = ExportParsers.Parse("gexf", (await ExportResponse.GetAsync(neo4jClient, $"/export/gexf/path?from={Kenya}&to={FrontLine}&maxHops=6")).Body);
        ExportExpectations.AssertSame(
            new Subgraph(
                [.. paths.SelectMany(p => p.Nodes).DistinctBy(n => n.Id)],
                [.. paths.SelectMany(p => p.Edges).DistinctBy(e => ParsedGraph.EdgeKey(e.FromId, e.Type, e.ToId))],
                false),
            pathFile);
    }
}
