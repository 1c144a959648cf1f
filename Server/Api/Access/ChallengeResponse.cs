using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphServer.Api.Access;

/// <summary>
/// A 401 that says why: <c>WWW-Authenticate: Bearer error="invalid_token", error_description="…"</c> (RFC 6750 §3)
/// and the same reason as a GraphQL error body with <c>extensions.code = UNAUTHENTICATED</c>. We name the reason even
/// when no credentials came (where RFC 6750 only suggests a bare challenge), so a user sees what to send.
/// </summary>
internal static class ChallengeResponse
{
    public const string Code = "UNAUTHENTICATED";

    public static Task WriteAsync(HttpContext context, string scheme, string description)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate =
            $"{scheme} error=\"invalid_token\", error_description=\"{Quoted(description)}\"";
        return WriteErrorAsync(context, description, Code);
    }

    public static Task WriteErrorAsync(HttpContext context, string message, string code)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = code } }),
        };
        return context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }

    /// <summary>A quoted-string may not hold a bare quote or backslash (RFC 9110 §5.6.4); ours never needs them.</summary>
    private static string Quoted(string text) => text.Replace("\\", "/", StringComparison.Ordinal).Replace('"', '\'');
}
