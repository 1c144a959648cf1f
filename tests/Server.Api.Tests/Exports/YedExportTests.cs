using System.Xml.Linq;
using GraphServer.Api.Tests.Http;

namespace GraphServer.Api.Tests.Exports;

/// <summary>The yed format is GraphML plus yEd's graphics: a labelled shape per node and a labelled arrow per edge.</summary>
public sealed class YedExportTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    private static readonly XNamespace Y = "http://www.yworks.com/xml/graphml";

    [Fact]
    public async Task Every_node_has_a_shape_labelled_with_its_display_name_and_every_edge_an_arrow_labelled_with_its_type()
    {
        var body = (await ExportResponse.GetAsync(server.Client, "/export/yed?ids=country:KE")).Body;
        var document = XDocument.Parse(body);
        var graph = ExportParsers.ParseGraphML(document);

        var keys = document.Root!.Elements(ExportParsers.GraphML + "key").Where(k => k.Attribute("yfiles.type") is not null)
            .ToDictionary(k => k.Attribute("yfiles.type")!.Value, k => k.Attribute("for")!.Value);
        Assert.Equal(new Dictionary<string, string> { ["nodegraphics"] = "node", ["edgegraphics"] = "edge" }, keys);
        foreach (var node in document.Descendants(ExportParsers.GraphML + "node"))
        {
            var id = node.Attribute("id")!.Value;
            Assert.Equal(graph.Nodes[id]["label"], node.Descendants(Y + "ShapeNode").Single().Element(Y + "NodeLabel")!.Value);
        }

        Assert.Equal("Kenya", graph.Nodes["country:KE"]["label"]);
        var edges = document.Descendants(ExportParsers.GraphML + "edge").ToList();
        Assert.Equal(graph.Edges.Count, edges.Count);
        Assert.All(edges, e => Assert.Equal(
            e.Elements(ExportParsers.GraphML + "data").Single(d => d.Attribute("key")!.Value == "e-type").Value,
            e.Descendants(Y + "EdgeLabel").Single().Value));
        Assert.All(edges, e => Assert.Equal("standard", e.Descendants(Y + "Arrows").Single().Attribute("target")!.Value));
    }
}
