using Microsoft.Net.Http.Headers;

namespace GraphServer.Api.Http;

/// <summary>
/// Content negotiation (GraphQL-over-HTTP draft, "Accept"): <c>application/graphql-response+json</c> whenever the
/// client lists it first or alone; <c>application/json</c> when the client names it, sends <c>*/*</c> or sends no
/// Accept at all (the draft's rule for clients from before the watershed); null when neither is acceptable (406).
/// </summary>
internal static class ResponseMediaType
{
    public static string? Choose(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return MediaTypes.Json;
        }

        // OrderByDescending is stable: among equal qualities the client's own order decides.
        foreach (var type in accept.Where(a => a.Quality is null or > 0 && IsUtf8(a)).OrderByDescending(a => a.Quality ?? 1))
        {
            var name = type.MediaType.Value ?? string.Empty;
            if (name.Equals(MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypes.GraphQLResponse;
            }

            if (name.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase) || name is "*/*"
                || name.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypes.Json;
            }
        }

        return null;
    }

    private static bool IsUtf8(MediaTypeHeaderValue type) =>
        !type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
}
