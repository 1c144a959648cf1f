namespace GraphServer.Api.Exports;

/// <summary>An export as a download: the format's media type and <c>Content-Disposition: attachment; filename="…"</c>.</summary>
internal sealed class ExportFileResult(IGraphExportWriter writer, ExportGraph graph, ExportColumns columns, string fileName) : IResult
{
    public const string TruncatedHeader = "GraphServer-Truncated";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        // The writers use the synchronous XmlWriter/Utf8JsonWriter API, which Kestrel forbids on the response body, so the
        // file is built in memory first; the node limit bounds its size to a few megabytes.
        using var buffer = new MemoryStream();
        writer.Write(graph, columns, buffer);
        var response = httpContext.Response;
        response.ContentType = writer.ContentType;
        response.ContentLength = buffer.Length;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // Investigation data: neither browsers nor proxies keep a copy.
        response.Headers.CacheControl = "no-store";
        if (graph.Truncated)
        {
            response.Headers[TruncatedHeader] = "true";
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
