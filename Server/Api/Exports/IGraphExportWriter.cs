namespace GraphServer.Api.Exports;

/// <summary>One export format: its name in the route, its media type and file extension, and how it writes a graph.</summary>
internal interface IGraphExportWriter
{
    string Format { get; }

    string ContentType { get; }

    string FileExtension { get; }

    void Write(ExportGraph graph, ExportColumns columns, Stream output);
}
