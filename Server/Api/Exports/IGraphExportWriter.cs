namespace GraphServer.Api.Exports;

/// <summary>
/// One export format: its name in the route, its media type and file extension, and how it writes a graph. Writers
/// take the nodes and edges as they come and call <see cref="ExportSink.DrainAsync"/> after each, so a file of any size
/// leaves in chunks.
/// </summary>
internal interface IGraphExportWriter
{
    string Format { get; }

    string ContentType { get; }

    string FileExtension { get; }

    Task WriteAsync(ExportGraph graph, ExportColumns columns, ExportSink sink, CancellationToken cancellationToken);
}
