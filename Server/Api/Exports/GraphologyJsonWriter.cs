namespace GraphServer.Api.Exports;

/// <summary>
/// graphology's serialized graph (graphology.github.io/serialization), which Sigma.js and Gephi Lite load with
/// <c>Graph.from(json)</c>: <c>{ attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target,
/// attributes }] }</c>. Directed and multi (two nodes may be linked by relationships of several types); edges carry
/// <c>label</c> = relationship type, which Sigma.js draws. Graph attributes: <c>name</c>, <c>truncated</c>, <c>cutBy</c>.
/// </summary>
internal sealed class GraphologyJsonWriter : IGraphExportWriter
{
    public string Format => "graphology";

    public string ContentType => "application/json; charset=utf-8";

    public string FileExtension => "graphology.json";

    public async Task WriteAsync(ExportGraph graph, ExportColumns columns, ExportSink sink, CancellationToken cancellationToken)
    {
        using var json = ExportJson.Create(sink);
        json.WriteStartObject();
        json.WriteStartObject("attributes");
        json.WriteString("name", graph.Description);
        foreach (var (column, value) in ExportGraphAttributes.Values(graph))
        {
            json.WritePropertyName(column.Name);
            ExportJson.WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteStartObject("options");
        json.WriteString("type", "directed");
        json.WriteBoolean("multi", true);
        json.WriteBoolean("allowSelfLoops", true);
        json.WriteEndObject();
        json.WriteStartArray("nodes");
        await foreach (var node in graph.Nodes.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("key", node.Node.Id);
            WriteAttributes(json, columns.Values(node), label: null);
            json.WriteEndObject();
            await ExportJson.DrainAsync(json, sink, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        await foreach (var record in graph.Edges.WithCancellation(cancellationToken))
        {
            var edge = record.Edge;
            json.WriteStartObject();
            json.WriteString("key", ExportColumns.EdgeId(edge));
            json.WriteString("source", edge.FromId);
            json.WriteString("target", edge.ToId);
            WriteAttributes(json, columns.Values(record), label: edge.Type);
            json.WriteEndObject();
            await ExportJson.DrainAsync(json, sink, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        await sink.DrainAsync(cancellationToken, force: true);
    }

    private static void WriteAttributes(System.Text.Json.Utf8JsonWriter json, IEnumerable<(ExportColumn Column, object Value)> values, string? label)
    {
        json.WriteStartObject("attributes");
        if (label is not null)
        {
            json.WriteString(ExportColumns.Label, label);
        }

        foreach (var (column, value) in values)
        {
            json.WritePropertyName(column.Name);
            ExportJson.WriteValue(json, value);
        }

        json.WriteEndObject();
    }
}
