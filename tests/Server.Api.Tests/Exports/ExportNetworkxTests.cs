using System.Text.Json;
using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Conformance;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Exports;

/// <summary>
/// Python analysts' readers open our files (py/read_exports.py): NetworkX's read_graphml and read_gexf, and the csv
/// module on the CSV zip. Each must see the same nodes, edges, types, Kenya's properties and sources, and the graph
/// attributes as our own Cytoscape JSON says. The server holds synthetic sources whose id and title contain '|', a
/// quote and a comma (<see cref="SyntheticSourceServer"/>): decoded as each file declares its lists, every list must
/// come back item for item.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class ExportNetworkxTests(SyntheticSourceServer server)
{
    private const string Kenya = SyntheticSourceServer.Kenya;

    [SkippableFact]
    public async Task Networkx_and_the_csv_module_read_graphml_gexf_and_csv_with_the_nodes_edges_and_evidence_we_wrote()
    {
        ExternalTools.RequireNetworkx();
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var ours = ExportParsers.ParseCytoscape((await ExportResponse.GetAsync(client, $"/export/cytoscape?ids={Kenya}&depth=2")).Body);
        Assert.True(ours.Nodes.Count > 5 && ours.Edges.Count > 5);

        var report = await NodeScript.RunPythonAsync("read_exports.py", TimeSpan.FromMinutes(2), server.BaseUrl, Kenya, "2");

        foreach (var format in new[] { "graphml", "gexf", "csv" })
        {
            var graph = report[format]!;
            Assert.Equal((ours.Nodes.Count, ours.Edges.Count), (graph["nodes"]!.GetValue<int>(), graph["edges"]!.GetValue<int>()));
            Assert.True(graph["directed"]!.GetValue<bool>(), format);
            Assert.Equal(ours.Nodes.Keys.Order(StringComparer.Ordinal), Strings(graph["ids"]!));
            Assert.Equal(ours.Edges.Keys.Order(StringComparer.Ordinal), Strings(graph["edgeKeys"]!));
            var kenya = graph["node"]!;
            Assert.Equal("Country", kenya["type"]!.GetValue<string>());
            Assert.Equal("KE", kenya["iso2"]!.GetValue<string>());
            Assert.Equal(ours.Nodes[Kenya]["sourceIds"], ParsedGraph.ListText(Strings(kenya["sourceIds"]!)));
            Assert.Equal(ours.Nodes[Kenya]["sourceTitles"], ParsedGraph.ListText(Strings(kenya["sourceTitles"]!)));
            Assert.Contains(SyntheticSourceServer.Script.Id, Strings(kenya["sourceIds"]!));
            Assert.Contains(SyntheticSourceServer.Script.Title, Strings(kenya["sourceTitles"]!));
            Assert.Equal(ours.Nodes[Kenya]["confidence"], kenya["confidence"]!.GetValue<string>());
            Assert.Superset(new HashSet<string> { "sourceIds", "sourceTitles", "quotes" }, Strings(graph["lists"]!).ToHashSet());
            var edgeTitles = Strings(graph["edgeSources"]!).Select(list => ParsedGraph.DecodeList(format, list))
                .Order(StringComparer.Ordinal);
            Assert.Equal(TitlesOfKenyasEdges(ours), edgeTitles);
        }

        Assert.False(report["graphml"]!["graph"]!["truncated"]!.GetValue<bool>());
        Assert.Equal("false", report["csv"]!["graph"]!["truncated"]!.GetValue<string>());
        Assert.Equal("Kenya", report["csv"]!["node"]!["Label"]!.GetValue<string>());
        Assert.Equal("Kenya", report["gexf"]!["node"]!["label"]!.GetValue<string>());
    }

    /// <summary>Each relationship of Kenya's: its source titles as a list text ([] when it cites none), sorted.</summary>
    private static IEnumerable<string> TitlesOfKenyasEdges(ParsedGraph ours)
    {
        var titles = ours.Edges
            .Where(e => e.Key.StartsWith(Kenya + "-", StringComparison.Ordinal) || e.Key.EndsWith(">" + Kenya, StringComparison.Ordinal))
            .Select(e => e.Value.GetValueOrDefault("sourceTitles") ?? ParsedGraph.ListText([])).Order(StringComparer.Ordinal).ToList();
        var scriptTitle = JsonSerializer.Serialize(SyntheticSourceServer.Script.Title);
        Assert.Contains(titles, list => list.Contains(scriptTitle, StringComparison.Ordinal));
        return titles;
    }

    private static IEnumerable<string> Strings(JsonNode array) => array.AsArray().Select(s => s!.GetValue<string>());
}
