namespace GraphServer.Api.Exports;

/// <summary>The attribute types every export format declares (GraphML attr.type, GEXF attribute type).</summary>
internal enum ExportKind
{
    String,
    Long,
    Double,
    Boolean,
}
