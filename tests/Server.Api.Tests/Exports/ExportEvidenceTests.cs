using System.Xml.Linq;
using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.Http;
using GraphServer.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Exports;

/// <summary>
/// What a saved file must say by itself: the titles of each record's sources, that it was cut and by which limit, and,
/// when there is nothing to export, a 404 with the reason instead of an empty file. And the whole graph streams.
/// </summary>
public sealed class ExportEvidenceTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    private const string Kenya = "country:KE";

    public static TheoryData<string> Formats() => [.. ExportExpectations.Formats];

    private IGraphStore Store => server.Factory.Services.GetRequiredService<GraphStoreHolder>().Store;

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_node_and_edge_names_its_sources_by_id_and_title_as_the_store_holds_them(string format)
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={Kenya}&depth=1");
        var graph = ExportParsers.Parse(format, response.Body);

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya], 1));
        // Nodes cite through CITES (the store's Sources); relationships name their sources in sourceIds.
        var nodes = await Store.GetNodesAsync([.. subgraph.Nodes.Select(n => n.Id)], withSources: true);
        var expected = nodes.ToDictionary(n => n.Id, n => n.Sources!.Select(c => (c.Source.Id, Title: (string)c.Source["title"]!)).ToList());
        static IEnumerable<string> Cited(GraphEdge edge) => edge.Properties.GetValueOrDefault("sourceIds") as IEnumerable<string> ?? [];
        var edgeSourceIds = subgraph.Edges.SelectMany(Cited).Distinct().ToList();
        var titles = (await Store.GetNodesAsync(edgeSourceIds)).ToDictionary(s => s.Id, s => (string)s["title"]!);
        foreach (var edge in subgraph.Edges)
        {
            expected[ParsedGraph.EdgeKey(edge.FromId, edge.Type, edge.ToId)] =
                [.. Cited(edge).Select(id => (id, titles[id]))];
        }

        Assert.Contains(expected.Values, cited => cited.Count > 1);
        foreach (var (key, record) in graph.Nodes.Concat(graph.Edges))
        {
            var cited = expected[key];
            if (cited.Count == 0)
            {
                // Source nodes cite nothing, and CITES edges are the citations themselves.
                Assert.False(record.ContainsKey("sourceIds"), key);
                continue;
            }

            Assert.Equal(ParsedGraph.ListText(cited.Select(c => c.Id)), record["sourceIds"]);
            Assert.Equal(ParsedGraph.ListText(cited.Select(c => c.Title)), record["sourceTitles"]);
            Assert.True(record.ContainsKey("confidence"), $"{key} cites sources but says nothing of how well they establish it");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_cut_export_says_inside_the_file_that_it_was_cut_and_by_which_limit(string format)
    {
        var cut = await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={Kenya}&depth=2&limit=3");
        var whole = await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={Kenya}&depth=1&limit=5000");

        Assert.Equal(3, ExportParsers.Parse(format, cut.Body).Nodes.Count);
        Assert.Equal(("true", "limit=3"), GraphAttributes(format, cut.Body));
        Assert.Equal(("false", null), GraphAttributes(format, whole.Body));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task No_path_and_no_match_are_404_with_the_reason_in_every_format(string format)
    {
        // A source exists but was not published yet in 1990; two countries are not linked in one hop.
        var source = (await Store.FindNodesAsync(new NodeQuery("Source") { Take = 1 })).Nodes.Single().Id;
        var noMatch = await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={source}&asOf=1990-01-01");
        var noPath = await ExportResponse.GetAsync(server.Client, $"/export/{format}/path?from={Kenya}&to=country:IN&maxHops=1");

        Assert.Equal((404, "application/problem+json"), (noMatch.Status, noMatch.ContentType));
        Assert.Contains($"None of {source} is visible as of 1990-01-01", noMatch.Body, StringComparison.Ordinal);
        Assert.Equal((404, "application/problem+json"), (noPath.Status, noPath.ContentType));
        Assert.Contains("No path from country:KE to country:IN within 1 hop(s)", noPath.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphology", "application/json; charset=utf-8", "graphology.json")]
    [InlineData("csv", "application/zip", "csv.zip")]
    public async Task The_new_formats_come_with_their_media_type_and_file_name(string format, string mediaType, string extension)
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={Kenya}&asOf=2025-11-20");

        Assert.Equal((200, mediaType), (response.Status, response.ContentType));
        Assert.Equal($"attachment; filename=\"graphserver-country_KE-2025-11-20.{extension}\"", response.ContentDisposition);
    }

    [Theory]
    [InlineData("gexf")]
    [InlineData("csv")]
    public async Task The_whole_graph_streams_with_every_node_and_every_relationship_of_the_store(string format)
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/{format}/all");

        Assert.Equal(200, response.Status);
        var graph = ExportParsers.Parse(format, response.Body);
        Assert.Equal(await Store.CountNodesAsync(), graph.Nodes.Count);
        var sample = graph.Nodes.Keys.Take(40).ToList();
        var around = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery(sample, 1) { Limit = 10_000 });
        var inFile = graph.Edges.Keys.ToHashSet();
        Assert.All(around.Edges, e => Assert.Contains(ParsedGraph.EdgeKey(e.FromId, e.Type, e.ToId), inFile));
        Assert.Null(response.Truncated);
    }

    private static (string? Truncated, string? CutBy) GraphAttributes(string format, string body)
    {
        switch (format)
        {
            case "graphml" or "yed":
                var graphml = XDocument.Parse(body).Root!;
                var keys = graphml.Elements(ExportParsers.GraphML + "key").Where(k => (string?)k.Attribute("for") == "graph")
                    .ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
                var data = graphml.Element(ExportParsers.GraphML + "graph")!.Elements(ExportParsers.GraphML + "data")
                    .ToDictionary(d => keys[(string)d.Attribute("key")!], d => d.Value);
                return (data.GetValueOrDefault("truncated"), data.GetValueOrDefault("cutBy"));
            case "gexf":
                var meta = XDocument.Parse(body).Root!.Element(ExportParsers.Gexf + "meta")!;
                var keywords = (string?)meta.Element(ExportParsers.Gexf + "keywords");
                return keywords is null ? ("false", null) : ("true", keywords.Split(" cutBy ")[1]);
            case "cytoscape" or "graphology":
                var root = System.Text.Json.Nodes.JsonNode.Parse(body)!;
                var attributes = format == "cytoscape" ? root["data"]! : root["attributes"]!;
                return (attributes["truncated"]!.GetValue<bool>() ? "true" : "false", attributes["cutBy"]?.GetValue<string>());
            default:
                var graph = ExportParsers.ParseCsvGraph(Convert.FromBase64String(body));
                return (graph["truncated"], graph.GetValueOrDefault("cutBy"));
        }
    }
}
