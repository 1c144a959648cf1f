namespace GraphServer.Api.Exports;

/// <summary>
/// An export as a download: the format's media type and <c>Content-Disposition: attachment; filename="…"</c>, written
/// as the records come (chunked, no Content-Length), so memory holds one chunk and one store page, not the file. A
/// failure after the first chunk can only abort the response: the file is then visibly incomplete (bad XML/JSON/zip).
/// </summary>
internal sealed class ExportFileResult(IGraphExportWriter writer, ExportGraph graph, ExportColumns columns, string fileName) : IResult
{
    public const string TruncatedHeader = "GraphServer-Truncated";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = writer.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // Investigation data: neither browsers nor proxies keep a copy.
        response.Headers.CacheControl = "no-store";
        if (graph.Truncated)
        {
            // The file itself says which limit cut it (ExportGraphAttributes); the header is for clients that read headers.
            response.Headers[TruncatedHeader] = "true";
        }

        await using var sink = new ExportSink(response.Body);
        await writer.WriteAsync(graph, columns, sink, httpContext.RequestAborted);
    }
}
