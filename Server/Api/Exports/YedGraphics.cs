using System.Xml;

namespace GraphServer.Api.Exports;

/// <summary>
/// yEd's own GraphML extension (yFiles, namespace y): yEd draws labels only from its node and edge graphics, not from
/// attributes, so the <c>yed</c> format adds a labelled shape per node and a labelled arrow per edge. Only there: other
/// readers (graphology, so Gephi Lite) turn these keys, which have no attr.name, into a stray unnamed text column.
/// Positions are left to yEd's layouts.
/// </summary>
internal static class YedGraphics
{
    public const string Namespace = "http://www.yworks.com/xml/graphml";
    public const string NodeKey = "n-yfiles";
    public const string EdgeKey = "e-yfiles";

    public static void WriteNamespace(XmlWriter xml) => xml.WriteAttributeString("xmlns", "y", null, Namespace);

    public static void WriteKeys(XmlWriter xml)
    {
        foreach (var (owner, id, type) in new[] { ("node", NodeKey, "nodegraphics"), ("edge", EdgeKey, "edgegraphics") })
        {
            xml.WriteStartElement("key", GraphMLWriter.Namespace);
            xml.WriteAttributeString("for", owner);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("yfiles.type", type);
            xml.WriteEndElement();
        }
    }

    public static void WriteNode(XmlWriter xml, string label)
    {
        xml.WriteStartElement("data", GraphMLWriter.Namespace);
        xml.WriteAttributeString("key", NodeKey);
        xml.WriteStartElement("ShapeNode", Namespace);
        xml.WriteStartElement("Geometry", Namespace);
        xml.WriteAttributeString("width", "120");
        xml.WriteAttributeString("height", "30");
        xml.WriteEndElement();
        xml.WriteElementString("NodeLabel", Namespace, ExportValues.Clean(label));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    public static void WriteEdge(XmlWriter xml, string type)
    {
        xml.WriteStartElement("data", GraphMLWriter.Namespace);
        xml.WriteAttributeString("key", EdgeKey);
        xml.WriteStartElement("PolyLineEdge", Namespace);
        xml.WriteStartElement("Arrows", Namespace);
        xml.WriteAttributeString("source", "none");
        xml.WriteAttributeString("target", "standard");
        xml.WriteEndElement();
        xml.WriteElementString("EdgeLabel", Namespace, type);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
