using System.Globalization;
using System.Text.Json;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Exports;

/// <summary>What an export of some nodes and edges must say, computed from the store's own answer and the model.</summary>
internal static class ExportExpectations
{
    public static readonly string[] Formats = ["graphml", "gexf", "cytoscape", "yed", "graphology", "csv"];

    /// <summary>Every attribute but the display label: the type and each non-personal property that has a value.</summary>
    public static Dictionary<string, string> Attributes(GraphNode node)
    {
        var expected = new Dictionary<string, string> { ["type"] = node.Label };
        foreach (var property in RecruitmentModel.Instance.GetNode(node.Label).Properties)
        {
            if (property.Name != "id" && !property.IsPersonal && node[property.Name] is { } value)
            {
                expected[property.Name] = Text(value);
            }
        }

        return expected;
    }

    public static Dictionary<string, string> Attributes(GraphEdge edge)
    {
        var expected = new Dictionary<string, string> { ["type"] = edge.Type };
        foreach (var (name, value) in edge.Properties)
        {
            if (value is not null)
            {
                expected[name] = Text(value);
            }
        }

        return expected;
    }

    /// <summary>
    /// Asserts the file holds exactly these nodes and edges, each with exactly its attributes; the source titles, which the
    /// store's record does not hold, must be there with the ids (ExportEvidenceTests compares them with the Source nodes).
    /// </summary>
    public static void AssertSame(Subgraph expected, ParsedGraph actual)
    {
        Assert.Equal(expected.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), actual.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            expected.Edges.Select(e => ParsedGraph.EdgeKey(e.FromId, e.Type, e.ToId)).Order(StringComparer.Ordinal),
            actual.Edges.Keys.Order(StringComparer.Ordinal));
        foreach (var node in expected.Nodes)
        {
            var attributes = actual.Nodes[node.Id].ToDictionary();
            Assert.False(string.IsNullOrEmpty(attributes["label"]), $"{node.Id} has no label");
            attributes.Remove("label");
            // A node's sources are its CITES edges, not a property: ExportEvidenceTests compares them with the store's.
            AssertOneTitlePerSource(attributes);
            attributes.Remove("sourceIds");
            Assert.Equal(Attributes(node).OrderBy(a => a.Key, StringComparer.Ordinal), attributes.OrderBy(a => a.Key, StringComparer.Ordinal));
        }

        foreach (var edge in expected.Edges)
        {
            var attributes = actual.Edges[ParsedGraph.EdgeKey(edge.FromId, edge.Type, edge.ToId)].ToDictionary();
            AssertOneTitlePerSource(attributes);
            // An empty text reads as an empty cell, which CSV cannot tell from no value: compare the rest.
            Assert.Equal(
                Attributes(edge).Where(a => a.Value.Length > 0).OrderBy(a => a.Key, StringComparer.Ordinal),
                attributes.Where(a => a.Value.Length > 0).OrderBy(a => a.Key, StringComparer.Ordinal));
        }
    }

    private static void AssertOneTitlePerSource(Dictionary<string, string> attributes)
    {
        Assert.Equal(attributes.ContainsKey("sourceIds"), attributes.ContainsKey("sourceTitles"));
        if (attributes.TryGetValue("sourceIds", out var ids))
        {
            // Lists are JSON arrays in every format, so a title holding a comma or '|' is still one title.
            var titles = JsonSerializer.Deserialize<string[]>(attributes["sourceTitles"])!;
            Assert.Equal(JsonSerializer.Deserialize<string[]>(ids)!.Length, titles.Length);
        }

        attributes.Remove("sourceTitles");
    }

    private static string Text(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        IEnumerable<string> list => ParsedGraph.ListText(list),
        _ => throw new InvalidOperationException($"unexpected {value.GetType()}"),
    };
}
