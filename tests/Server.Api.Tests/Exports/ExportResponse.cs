namespace GraphServer.Api.Tests.Exports;

/// <summary>
/// An export response read whole: status, the headers the tests look at, and the body as text (a zip, the CSV format,
/// as base64 so it survives as a string).
/// </summary>
internal sealed record ExportResponse(int Status, string? ContentType, string? ContentDisposition, string? Truncated, string? CacheControl, string Body)
{
    public static async Task<ExportResponse> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return new ExportResponse(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            response.Content.Headers.TryGetValues("Content-Disposition", out var disposition) ? disposition.Single() : null,
            response.Headers.TryGetValues("GraphServer-Truncated", out var truncated) ? truncated.Single() : null,
            response.Headers.CacheControl?.ToString(),
            response.Content.Headers.ContentType?.MediaType == "application/zip"
                ? Convert.ToBase64String(await response.Content.ReadAsByteArrayAsync())
                : await response.Content.ReadAsStringAsync());
    }
}
