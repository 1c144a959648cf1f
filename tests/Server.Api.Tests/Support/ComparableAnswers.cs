using System.Text.Json.Nodes;

namespace GraphServer.Api.Tests.Support;

/// <summary>
/// GraphQL answers made comparable across requests and stores: the trace id every error carries differs per request by
/// design, and errors of root fields arrive in the order their store calls finished (root fields resolve in parallel).
/// </summary>
internal static class ComparableAnswers
{
    /// <summary>Removes the trace id from each error of <paramref name="body"/>, in place; returns the body.</summary>
    public static JsonNode WithoutTraceIds(JsonNode body)
    {
        foreach (var error in body["errors"] as JsonArray ?? [])
        {
            (error?["extensions"] as JsonObject)?.Remove("traceId");
        }

        return body;
    }

    /// <summary>A copy of the answers as JSON, each one's errors without trace ids and in path order.</summary>
    public static string InPathOrder(JsonArray answers)
    {
        var copy = answers.DeepClone().AsArray();
        foreach (var answer in copy.OfType<JsonObject>())
        {
            if (WithoutTraceIds(answer)["errors"] is JsonArray errors)
            {
                answer["errors"] = new JsonArray([.. errors.Select(e => e!.DeepClone())
                    .OrderBy(e => e["path"]?.ToJsonString(), StringComparer.Ordinal)
                    .ThenBy(e => e["message"]?.GetValue<string>(), StringComparer.Ordinal)]);
            }
        }

        return copy.ToJsonString();
    }
}
