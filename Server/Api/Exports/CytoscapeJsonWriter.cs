using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;

namespace GraphServer.Api.Exports;

/// <summary>
/// Cytoscape.js elements JSON, which Cytoscape desktop also imports: <c>{ data, elements: { nodes: [{ data }], edges:
/// [{ data }] } }</c>. Values keep their JSON types; lists stay arrays.
/// </summary>
internal sealed class CytoscapeJsonWriter : IGraphExportWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public string Format => "cytoscape";

    public string ContentType => "application/json; charset=utf-8";

    public string FileExtension => "cyjs";

    public void Write(ExportGraph graph, ExportColumns columns, Stream output)
    {
        // Names in any script stay readable in the file, while markup characters stay escaped (\u003C) in case a browser
        // ever renders the file.
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Encoder });
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("name", graph.Description);
        json.WriteBoolean("truncated", graph.Truncated);
        json.WriteEndObject();
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            WriteElement(json, [("id", node.Id)], columns.Values(node));
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            WriteElement(json, [("id", ExportColumns.EdgeId(edge)), ("source", edge.FromId), ("target", edge.ToId)], columns.Values(edge));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteElement(Utf8JsonWriter json, (string Name, string Value)[] identity, IEnumerable<(ExportColumn Column, object Value)> values)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        foreach (var (name, value) in identity)
        {
            json.WriteString(name, value);
        }

        foreach (var (column, value) in values)
        {
            json.WritePropertyName(column.Name);
            WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(ExportValues.Text(value));
                break;
        }
    }
}
