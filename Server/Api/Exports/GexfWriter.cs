using System.Xml;

namespace GraphServer.Api.Exports;

/// <summary>
/// GEXF 1.2 (gexf.net 1.2draft, the version every reader takes: Gephi, Gephi Lite's graphology, and NetworkX, whose
/// read_gexf knows no 1.3): attributes declared per class, node label = display name, edge label =
/// relationship type, edges directed. The <c>label</c> column is the node's label attribute, not an attvalue. GEXF has no
/// graph attributes: the description names the list attributes (<see cref="ExportGraphAttributes.ListSentence"/>).
/// </summary>
internal sealed class GexfWriter : IGraphExportWriter
{
    public const string Namespace = "http://www.gexf.net/1.2draft";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public string Format => "gexf";

    public string ContentType => "application/gexf+xml; charset=utf-8";

    public string FileExtension => "gexf";

    public async Task WriteAsync(ExportGraph graph, ExportColumns columns, ExportSink sink, CancellationToken cancellationToken)
    {
        using var xml = ExportXml.Create(sink);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("schemaLocation", Xsi, Namespace + " http://www.gexf.net/1.2draft/gexf.xsd");
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("meta", Namespace);
        xml.WriteElementString("creator", Namespace, "GraphServer");
        // GEXF has no graph attributes: a cut export says so in the keywords and the description.
        if (graph.Cut is { } cut)
        {
            xml.WriteElementString("keywords", Namespace, "truncated, cutBy " + cut.Text);
        }

        xml.WriteElementString("description", Namespace, ExportValues.Clean(ExportGraphAttributes.DescriptionWithCut(graph, columns)));
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "static");
        var nodeColumns = columns.Node.Where(c => c.Name != ExportColumns.Label).ToList();
        WriteAttributes(xml, "node", nodeColumns);
        WriteAttributes(xml, "edge", columns.Edge);

        xml.WriteStartElement("nodes", Namespace);
        await foreach (var record in graph.Nodes.WithCancellation(cancellationToken))
        {
            var node = record.Node;
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", ExportValues.Clean(node.Id));
            xml.WriteAttributeString("label", ExportValues.Clean(columns.DisplayName(node)));
            WriteValues(xml, columns.Values(record).Where(v => v.Column.Name != ExportColumns.Label));
            xml.WriteEndElement();
            xml.Flush();
            await sink.DrainAsync(cancellationToken);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Namespace);
        await foreach (var record in graph.Edges.WithCancellation(cancellationToken))
        {
            var edge = record.Edge;
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", ExportValues.Clean(ExportColumns.EdgeId(edge)));
            xml.WriteAttributeString("source", ExportValues.Clean(edge.FromId));
            xml.WriteAttributeString("target", ExportValues.Clean(edge.ToId));
            xml.WriteAttributeString("label", edge.Type);
            WriteValues(xml, columns.Values(record));
            xml.WriteEndElement();
            xml.Flush();
            await sink.DrainAsync(cancellationToken);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        await sink.DrainAsync(cancellationToken, force: true);
    }

    private static void WriteAttributes(XmlWriter xml, string owner, IEnumerable<ExportColumn> columns)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", owner);
        foreach (var column in columns)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", column.Name);
            xml.WriteAttributeString("title", column.Name);
            xml.WriteAttributeString("type", ExportXml.TypeName(column.Kind));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, IEnumerable<(ExportColumn Column, object Value)> values)
    {
        xml.WriteStartElement("attvalues", Namespace);
        foreach (var (column, value) in values)
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", column.Name);
            xml.WriteAttributeString("value", ExportValues.Text(value));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
