using System.Xml;

namespace GraphServer.Api.Exports;

/// <summary>
/// GraphML 1.0 (graphml.graphdrawing.org; read by yEd, Gephi and Cytoscape desktop): every attribute declared as a
/// &lt;key&gt; with attr.name and attr.type before the graph, ids <c>n-name</c> / <c>e-name</c>, edges directed; graph
/// attributes <c>truncated</c>, <c>cutBy</c> (the limit that cut the export, when it was cut) and <c>listAttributes</c> (which
/// attributes hold a JSON array of strings). With
/// <paramref name="forYed"/> (format <c>yed</c>) it adds yEd's label graphics (<see cref="YedGraphics"/>).
/// </summary>
internal sealed class GraphMLWriter(bool forYed = false) : IGraphExportWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public string Format => forYed ? "yed" : "graphml";

    public string ContentType => "application/graphml+xml; charset=utf-8";

    public string FileExtension => "graphml";

    public async Task WriteAsync(ExportGraph graph, ExportColumns columns, ExportSink sink, CancellationToken cancellationToken)
    {
        using var xml = ExportXml.Create(sink);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("schemaLocation", Xsi, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        if (forYed)
        {
            YedGraphics.WriteNamespace(xml);
        }

        WriteKeys(xml, "node", "n-", columns.Node);
        WriteKeys(xml, "edge", "e-", columns.Edge);
        WriteKeys(xml, "graph", "g-", [.. ExportGraphAttributes.Columns, ExportGraphAttributes.ListColumn]);
        if (forYed)
        {
            YedGraphics.WriteKeys(xml);
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        xml.WriteElementString("desc", Namespace, ExportValues.Clean(graph.Description));
        WriteData(xml, "g-", [.. ExportGraphAttributes.Values(graph), ExportGraphAttributes.ListDeclaration(columns)]);
        await foreach (var record in graph.Nodes.WithCancellation(cancellationToken))
        {
            var node = record.Node;
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", ExportValues.Clean(node.Id));
            WriteData(xml, "n-", columns.Values(record));
            if (forYed)
            {
                YedGraphics.WriteNode(xml, columns.DisplayName(node));
            }

            xml.WriteEndElement();
            await DrainAsync(xml, sink, cancellationToken);
        }

        await foreach (var record in graph.Edges.WithCancellation(cancellationToken))
        {
            var edge = record.Edge;
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", ExportValues.Clean(ExportColumns.EdgeId(edge)));
            xml.WriteAttributeString("source", ExportValues.Clean(edge.FromId));
            xml.WriteAttributeString("target", ExportValues.Clean(edge.ToId));
            WriteData(xml, "e-", columns.Values(record));
            if (forYed)
            {
                YedGraphics.WriteEdge(xml, edge.Type);
            }

            xml.WriteEndElement();
            await DrainAsync(xml, sink, cancellationToken);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        await sink.DrainAsync(cancellationToken, force: true);
    }

    private static ValueTask DrainAsync(XmlWriter xml, ExportSink sink, CancellationToken cancellationToken)
    {
        xml.Flush();
        return sink.DrainAsync(cancellationToken);
    }

    private static void WriteKeys(XmlWriter xml, string owner, string prefix, IEnumerable<ExportColumn> columns)
    {
        foreach (var column in columns)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", prefix + column.Name);
            xml.WriteAttributeString("for", owner);
            xml.WriteAttributeString("attr.name", column.Name);
            xml.WriteAttributeString("attr.type", ExportXml.TypeName(column.Kind));
            xml.WriteEndElement();
        }
    }

    private static void WriteData(XmlWriter xml, string prefix, IEnumerable<(ExportColumn Column, object Value)> values)
    {
        foreach (var (column, value) in values)
        {
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", prefix + column.Name);
            xml.WriteString(ExportValues.Text(value));
            xml.WriteEndElement();
        }
    }
}
