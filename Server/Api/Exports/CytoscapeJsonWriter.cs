using System.Text.Json;

namespace GraphServer.Api.Exports;

/// <summary>
/// Cytoscape.js elements JSON, which Cytoscape desktop also imports: <c>{ data, elements: { nodes: [{ data }], edges:
/// [{ data }] } }</c>. Values keep their JSON types; lists stay arrays. The graph's <c>data</c> holds
/// <c>truncated</c> and, when cut, <c>cutBy</c>.
/// </summary>
internal sealed class CytoscapeJsonWriter : IGraphExportWriter
{
    public string Format => "cytoscape";

    public string ContentType => "application/json; charset=utf-8";

    public string FileExtension => "cyjs";

    public async Task WriteAsync(ExportGraph graph, ExportColumns columns, ExportSink sink, CancellationToken cancellationToken)
    {
        using var json = new Utf8JsonWriter(sink, new JsonWriterOptions { Indented = true, Encoder = ExportJson.Encoder });
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("name", graph.Description);
        foreach (var (column, value) in ExportGraphAttributes.Values(graph))
        {
            json.WritePropertyName(column.Name);
            ExportJson.WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        await foreach (var node in graph.Nodes.WithCancellation(cancellationToken))
        {
            WriteElement(json, [("id", node.Node.Id)], columns.Values(node));
            await ExportJson.DrainAsync(json, sink, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        await foreach (var record in graph.Edges.WithCancellation(cancellationToken))
        {
            var edge = record.Edge;
            WriteElement(json, [("id", ExportColumns.EdgeId(edge)), ("source", edge.FromId), ("target", edge.ToId)], columns.Values(record));
            await ExportJson.DrainAsync(json, sink, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        await sink.DrainAsync(cancellationToken, force: true);
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
            ExportJson.WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
