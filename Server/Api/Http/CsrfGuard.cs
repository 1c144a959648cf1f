using Microsoft.Net.Http.Headers;

namespace GraphServer.Api.Http;

/// <summary>
/// Cross-site request forgery: the GraphQL-over-HTTP draft recommends refusing requests that a browser would send from
/// another site without a CORS preflight, because their response is hidden from that site but their effects are not.
/// A request needs a preflight when it carries a non-safelisted Content-Type (<c>application/json</c>) or a custom
/// header (<c>GraphQL-Preflight</c>, HotChocolate's convention). It comes from another site when the browser says so
/// in <c>Sec-Fetch-Site</c>, or, for browsers that do not send that header, when its <c>Origin</c> is not this host.
/// Clients that are not browsers send neither header and are unaffected.
/// </summary>
internal static class CsrfGuard
{
    public const string PreflightHeader = "GraphQL-Preflight";

    private static readonly string[] SafelistedContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public static void Check(HttpRequest request)
    {
        if (!IsCrossSite(request) || ForcesPreflight(request))
        {
            return;
        }

        throw new HttpProblem(StatusCodes.Status403Forbidden, "CSRF_REJECTED",
            "A cross-site request must be one that browsers preflight: send Content-Type: application/json, or a " +
            $"{PreflightHeader} header.");
    }

    private static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static bool ForcesPreflight(HttpRequest request)
    {
        if (request.Headers.ContainsKey(PreflightHeader))
        {
            return true;
        }

        return MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && !SafelistedContentTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase);
    }
}
