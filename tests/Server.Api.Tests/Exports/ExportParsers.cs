using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CsvHelper;
using System.Xml.Linq;

namespace GraphServer.Api.Tests.Exports;

/// <summary>Reads each export format back with the platform's own XML and JSON readers, checking its declarations on the way.</summary>
internal static class ExportParsers
{
    public static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    public static readonly XNamespace Gexf = "http://www.gexf.net/1.2draft";

    /// <summary>What GEXF's description says before its JSON array of list attribute names (GEXF has no graph attributes).</summary>
    public const string ListSentence = "List attributes, each a JSON array of strings: ";

    public static ParsedGraph Parse(string format, string body) => format switch
    {
        "graphml" or "yed" => ParseGraphML(XDocument.Parse(body)),
        "gexf" => ParseGexf(XDocument.Parse(body)),
        "cytoscape" => ParseCytoscape(body),
        "graphology" => ParseGraphology(body),
        "csv" => ParseCsvZip(Convert.FromBase64String(body)),
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

        var lists = ListAttributes(Data(graph, "graph")["listAttributes"]);
        Dictionary<string, string> Decoded(XElement element, string owner) => DecodeLists(Data(element, owner), lists);

        return new ParsedGraph(
            graph.Elements(GraphML + "node").ToDictionary(
                n => (string)n.Attribute("id")!, n => (IReadOnlyDictionary<string, string>)Decoded(n, "node")),
            graph.Elements(GraphML + "edge").ToDictionary(
                e => ParsedGraph.EdgeKey((string)e.Attribute("source")!, Data(e, "edge")["type"], (string)e.Attribute("target")!),
                e => (IReadOnlyDictionary<string, string>)Decoded(e, "edge")));
    }

    public static ParsedGraph ParseGexf(XDocument document)
    {
        var root = document.Root!;
        Assert.Equal(Gexf + "gexf", root.Name);
        Assert.Equal("1.2", (string?)root.Attribute("version"));
        var graph = root.Element(Gexf + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("defaultedgetype"));
        var description = (string)root.Element(Gexf + "meta")!.Element(Gexf + "description")!;
        var sentence = description.IndexOf(ListSentence, StringComparison.Ordinal);
        Assert.True(sentence >= 0, $"the GEXF description names no list attributes: {description}");
        var lists = ListAttributes(description[(sentence + ListSentence.Length)..]);
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

            return DecodeLists(values, lists);
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

    /// <summary>graphology's serialization: node attributes by key; an edge's <c>label</c> (its type, for Sigma.js) is left out.</summary>
    public static ParsedGraph ParseGraphology(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal("directed", root.GetProperty("options").GetProperty("type").GetString());

        static Dictionary<string, string> Attributes(JsonElement element, string? skip) => element.GetProperty("attributes").EnumerateObject()
            .Where(p => p.Name != skip).ToDictionary(p => p.Name, p => Text(p.Value));

        return new ParsedGraph(
            root.GetProperty("nodes").EnumerateArray().ToDictionary(
                n => n.GetProperty("key").GetString()!, n => (IReadOnlyDictionary<string, string>)Attributes(n, null)),
            root.GetProperty("edges").EnumerateArray().ToDictionary(
                e => ParsedGraph.EdgeKey(e.GetProperty("source").GetString()!, Attributes(e, null)["type"], e.GetProperty("target").GetString()!),
                e => (IReadOnlyDictionary<string, string>)Attributes(e, "label")));
    }

    /// <summary>The zip's nodes.csv and edges.csv read with CsvHelper; empty cells are absent values.</summary>
    public static ParsedGraph ParseCsvZip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Assert.Equal(["edges.csv", "graph.csv", "nodes.csv"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var lists = ListAttributes(ReadCsv(archive.GetEntry("graph.csv")!).Single(row => row["name"] == "listAttributes")["value"]);
        var nodes = ReadCsv(archive.GetEntry("nodes.csv")!).ToDictionary(
            row => row["Id"],
            row => (IReadOnlyDictionary<string, string>)DecodeLists(
                row.Where(c => c.Key != "Id").ToDictionary(c => c.Key == "Label" ? "label" : c.Key, c => c.Value), lists));
        var edges = ReadCsv(archive.GetEntry("edges.csv")!).ToDictionary(
            row => ParsedGraph.EdgeKey(row["Source"], row["type"], row["Target"]),
            row =>
            {
                Assert.Equal(("Directed", row["type"]), (row["Type"], row["Label"]));
                var attributes = row.Where(c => c.Key is not ("Source" or "Target" or "Type" or "Id" or "Label"))
                    .ToDictionary(c => c.Key, c => c.Value);
                return (IReadOnlyDictionary<string, string>)DecodeLists(attributes, lists);
            });
        return new ParsedGraph(nodes, edges);
    }

    /// <summary>graph.csv of a CSV export: name → value.</summary>
    public static IReadOnlyDictionary<string, string> ParseCsvGraph(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return ReadCsv(archive.GetEntry("graph.csv")!).ToDictionary(row => row["name"], row => row["value"]);
    }

    private static List<Dictionary<string, string>> ReadCsv(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((name, i) => (name, value: csv.GetField(i) ?? string.Empty))
                .Where(c => c.value.Length > 0).ToDictionary(c => c.name, c => c.value));
        }

        return rows;
    }

    /// <summary>The file's own declaration of its list attributes (a JSON array of names), sourceIds and sourceTitles among them.</summary>
    private static HashSet<string> ListAttributes(string declaration)
    {
        var names = JsonSerializer.Deserialize<string[]>(declaration)!.ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string> { "sourceIds", "sourceTitles" }, names);
        return names;
    }

    private static Dictionary<string, string> DecodeLists(Dictionary<string, string> values, HashSet<string> lists) =>
        values.ToDictionary(v => v.Key, v => lists.Contains(v.Key) ? ParsedGraph.DecodeList(v.Key, v.Value) : v.Value);

    private static string Get(JsonElement element, string name) => element.GetProperty("data").GetProperty(name).GetString()!;

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.Array => ParsedGraph.ListText(value.EnumerateArray().Select(Text)),
        _ => throw new InvalidOperationException($"unexpected {value.ValueKind} in cytoscape data"),
    };
}
