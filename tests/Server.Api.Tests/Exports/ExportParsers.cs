using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace GraphServer.Api.Tests.Exports;

/// <summary>Reads each export format back with the platform's own XML and JSON readers, checking its declarations on the way.</summary>
internal static class ExportParsers
{
    public static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    public static readonly XNamespace Gexf = "http://gexf.net/1.3";

    public static ParsedGraph Parse(string format, string body) => format switch
    {
        "graphml" or "yed" => ParseGraphML(XDocument.Parse(body)),
        "gexf" => ParseGexf(XDocument.Parse(body)),
        "cytoscape" => ParseCytoscape(body),
        _ => throw new ArgumentException(format, nameof(format)),
    };

    public static ParsedGraph ParseGraphML(XDocument document)
    {
        var root = document.Root!;
        Assert.Equal(GraphML + "graphml", root.Name);
        // yEd's graphics keys (yfiles.type, no attr.name) are drawing instructions, not attributes.
        var keys = root.Elements(GraphML + "key").Where(k => k.Attribute("yfiles.type") is null).ToDictionary(k => (string)k.Attribute("id")!);
        Assert.All(keys.Values, k => Assert.Contains((string)k.Attribute("attr.type")!, new[] { "string", "long", "double", "boolean" }));
        var graph = root.Element(GraphML + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));

        Dictionary<string, string> Data(XElement element, string owner) => element.Elements(GraphML + "data")
            .Where(d => !((string)d.Attribute("key")!).EndsWith("-yfiles", StringComparison.Ordinal)).ToDictionary(
            d =>
            {
                var key = keys[(string)d.Attribute("key")!];
                Assert.Equal(owner, (string?)key.Attribute("for"));
                return (string)key.Attribute("attr.name")!;
            },
            d => d.Value);

        return new ParsedGraph(
            graph.Elements(GraphML + "node").ToDictionary(n => (string)n.Attribute("id")!, n => (IReadOnlyDictionary<string, string>)Data(n, "node")),
            graph.Elements(GraphML + "edge").ToDictionary(
                e => ParsedGraph.EdgeKey((string)e.Attribute("source")!, Data(e, "edge")["type"], (string)e.Attribute("target")!),
                e => (IReadOnlyDictionary<string, string>)Data(e, "edge")));
    }

    public static ParsedGraph ParseGexf(XDocument document)
    {
        var root = document.Root!;
        Assert.Equal(Gexf + "gexf", root.Name);
        Assert.Equal("1.3", (string?)root.Attribute("version"));
        var graph = root.Element(Gexf + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("defaultedgetype"));
        var declared = graph.Elements(Gexf + "attributes").ToDictionary(
            a => (string)a.Attribute("class")!,
            a => a.Elements(Gexf + "attribute").ToDictionary(x => (string)x.Attribute("id")!, x => (string)x.Attribute("title")!));

        Dictionary<string, string> Values(XElement element, string owner)
        {
            var values = element.Elements(Gexf + "attvalues").Elements(Gexf + "attvalue")
                .ToDictionary(v => declared[owner][(string)v.Attribute("for")!], v => (string)v.Attribute("value")!);
            if (owner == "node")
            {
                values["label"] = (string)element.Attribute("label")!;
            }

            return values;
        }

        return new ParsedGraph(
            graph.Element(Gexf + "nodes")!.Elements(Gexf + "node")
                .ToDictionary(n => (string)n.Attribute("id")!, n => (IReadOnlyDictionary<string, string>)Values(n, "node")),
            graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToDictionary(
                e => ParsedGraph.EdgeKey((string)e.Attribute("source")!, Values(e, "edge")["type"], (string)e.Attribute("target")!),
                e => (IReadOnlyDictionary<string, string>)Values(e, "edge")));
    }

    public static ParsedGraph ParseCytoscape(string body)
    {
        using var document = JsonDocument.Parse(body);
        var elements = document.RootElement.GetProperty("elements");

        static Dictionary<string, string> Data(JsonElement element, params string[] identity) => element.GetProperty("data").EnumerateObject()
            .Where(p => !identity.Contains(p.Name))
            .ToDictionary(p => p.Name, p => Text(p.Value));

        return new ParsedGraph(
            elements.GetProperty("nodes").EnumerateArray().ToDictionary(
                n => n.GetProperty("data").GetProperty("id").GetString()!, n => (IReadOnlyDictionary<string, string>)Data(n, "id")),
            elements.GetProperty("edges").EnumerateArray().ToDictionary(
                e => ParsedGraph.EdgeKey(Get(e, "source"), Get(e, "type"), Get(e, "target")),
                e => (IReadOnlyDictionary<string, string>)Data(e, "id", "source", "target")));
    }

    private static string Get(JsonElement element, string name) => element.GetProperty("data").GetProperty(name).GetString()!;

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(Text)),
        _ => throw new InvalidOperationException($"unexpected {value.ValueKind} in cytoscape data"),
    };
}
