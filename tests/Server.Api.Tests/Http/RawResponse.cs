using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphServer.Api.Tests.Http;

/// <summary>What a client sees of a response, in the form the snapshots record: status, media type, Allow, body.</summary>
public sealed record RawResponse(int Status, string? ContentType, string? Allow, string Body)
{
    // Unescaped so that the snapshots read as the client reads them.
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public JsonNode ParseJson() => JsonNode.Parse(Body)!;

    /// <summary>
    /// The form stored in snapshots: the body as a JSON tree (Snapshooter writes with Newtonsoft, so a Newtonsoft
    /// tree), so that a reviewer reads it as JSON rather than as an escaped string.
    /// </summary>
    public object ToSnapshot() => new
    {
        Status,
        ContentType,
        Allow,
        Body = Body.StartsWith('{') ? WithoutTraceIds(Newtonsoft.Json.Linq.JToken.Parse(Body)) : (object)Body,
    };

    /// <summary>Every error carries its request's trace id, which differs per run: checked here, then left out of snapshots.</summary>
    private static Newtonsoft.Json.Linq.JToken WithoutTraceIds(Newtonsoft.Json.Linq.JToken body)
    {
        foreach (var extensions in body.SelectTokens("errors[*].extensions").OfType<Newtonsoft.Json.Linq.JObject>())
        {
            var traceId = extensions.Value<string>("traceId");
            Assert.Matches("^[0-9a-f]{32}$", traceId ?? "(none)");
            extensions.Remove("traceId");
        }

        return body;
    }

    public static async Task<RawResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        string body;
        try
        {
            body = JsonNode.Parse(text)!.ToJsonString(Indented);
        }
        catch (JsonException)
        {
            body = text;
        }

        return new RawResponse(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null,
            body);
    }
}
