using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Conformance;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Exports;

/// <summary>
/// The real consumers open our files (js/exports.mjs): Cytoscape.js headless, graphology's GEXF and GraphML parsers
/// that Gephi Lite uses, and graphology's Graph.from on our graphology JSON (Sigma.js). They must see the nodes and
/// edges we wrote, Kenya's attributes with their types, and directed edges. Kenya cites synthetic sources whose id and
/// title contain '|', a quote and a comma (<see cref="SyntheticSourceServer"/>): the GraphML and GEXF lists, decoded as
/// the files declare them, must be Cytoscape's arrays item for item.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class ExportConsumerTests(SyntheticSourceServer server)
{
    private const string Kenya = SyntheticSourceServer.Kenya;

    [SkippableFact]
    public async Task Cytoscape_js_and_graphology_read_every_format_with_the_nodes_edges_and_attributes_we_wrote()
    {
        ExternalTools.RequireNode();
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var ours = ExportParsers.ParseCytoscape((await ExportResponse.GetAsync(client, $"/export/cytoscape?ids={Kenya}&depth=2")).Body);
        Assert.True(ours.Nodes.Count > 5 && ours.Edges.Count > 5);
        var kenyaEdges = ours.Edges.Keys.Count(k => k.StartsWith(Kenya + "-", StringComparison.Ordinal) || k.EndsWith(">" + Kenya, StringComparison.Ordinal));

        var report = await NodeScript.RunAsync("exports.mjs", TimeSpan.FromMinutes(1), server.BaseUrl, Kenya, "2");

        var cytoscape = report["cytoscape"]!;
        Assert.Equal((ours.Nodes.Count, ours.Edges.Count), (cytoscape["nodes"]!.GetValue<int>(), cytoscape["edges"]!.GetValue<int>()));
        Assert.Equal(kenyaEdges, cytoscape["degree"]!.GetValue<int>());
        AssertKenya(cytoscape["node"]!);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, cytoscape["node"]!["sourceIds"]!.GetValueKind());
        Assert.True(cytoscape["edge"]!["type"]!.GetValue<string>().Length > 0);

        var sigma = report["graphology"]!;
        Assert.Equal((ours.Nodes.Count, ours.Edges.Count), (sigma["nodes"]!.GetValue<int>(), sigma["edges"]!.GetValue<int>()));
        Assert.Equal("directed", sigma["type"]!.GetValue<string>());
        AssertKenya(sigma["node"]!);
        Assert.Equal(cytoscape["node"]!["sourceTitles"]!.ToJsonString(), sigma["node"]!["sourceTitles"]!.ToJsonString());
        Assert.Equal(sigma["edge"]!["type"]!.GetValue<string>(), sigma["edge"]!["label"]!.GetValue<string>());
        Assert.False(sigma["attributes"]!["truncated"]!.GetValue<bool>());

        foreach (var format in new[] { "gexf", "graphml" })
        {
            var graph = report[format]!;
            Assert.Equal((ours.Nodes.Count, ours.Edges.Count), (graph["nodes"]!.GetValue<int>(), graph["edges"]!.GetValue<int>()));
            Assert.Equal("directed", graph["type"]!.GetValue<string>());
            AssertKenya(graph["node"]!);
            // Lists travel as JSON arrays in XML: decoded, the same ids and titles as Cytoscape's arrays.
            Assert.Equal(cytoscape["node"]!["sourceIds"]!.ToJsonString(), graph["node"]!["sourceIds"]!.ToJsonString());
            Assert.Equal(cytoscape["node"]!["sourceTitles"]!.ToJsonString(), graph["node"]!["sourceTitles"]!.ToJsonString());
            var titles = graph["node"]!["sourceTitles"]!.AsArray().Select(t => t!.GetValue<string>());
            Assert.Contains(SyntheticSourceServer.Script.Title, titles);
            Assert.Contains("sourceTitles", graph["lists"]!.AsArray().Select(t => t!.GetValue<string>()));
            var edge = graph["edge"]!;
            var key = ParsedGraph.EdgeKey(edge["source"]!.GetValue<string>(), edge["type"]!.GetValue<string>(), edge["target"]!.GetValue<string>());
            Assert.Equal(ours.Edges[key]["confidence"], edge["confidence"]!.GetValue<string>());
        }
    }

    /// <summary>Label and type as strings, and synthetic read as a real boolean, not the text "false".</summary>
    private static void AssertKenya(JsonNode node)
    {
        Assert.Equal("Kenya", node["label"]!.GetValue<string>());
        Assert.Equal("Country", node["type"]!.GetValue<string>());
        Assert.Equal("KE", node["iso2"]!.GetValue<string>());
        Assert.Equal("East Africa", node["region"]!.GetValue<string>());
        Assert.False(node["synthetic"]!.GetValue<bool>());
    }
}
