using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Observability;

namespace GraphServer.Api.Tests.Loading;

/// <summary>What one server answered to a few requests, and the spans of the traced request.</summary>
internal sealed record TracedAnswers(JsonArray Answers, List<Activity> StoreCalls, List<Activity> Statements);

/// <summary>
/// Runs requests on one server with the selection compiler on or off and keeps, of the request whose operation is
/// named <c>traced</c>, its store-call spans and its Bolt statement spans (the span listener is process-wide, so only
/// that request's trace counts).
/// </summary>
internal static class TracedQueries
{
    public static async Task<TracedAnswers> RunAsync(
        Dictionary<string, string?> settings, bool compile, string traced, params (string Query, object Variables)[] requests)
    {
        settings["GraphServer:Http:CompileSelections"] = compile ? "true" : "false";
        var recorder = new SpanRecorder();
        await using var server = new GraphServerFactory(settings);
        await using var factory = TelemetryServer.WithSpans(server, recorder);
        using var client = factory.CreateClient();
        var answers = new JsonArray();
        foreach (var (query, variables) in requests)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
            };
            using var response = await client.SendAsync(request);
            answers.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        }

        var name = $"graphql query {traced}";
        var spans = await recorder.SnapshotOnceAsync(s => s.DisplayName == name);
        var graphql = Assert.Single(spans, s => s.DisplayName == name);
        var ofRequest = spans.Where(s => s.TraceId == graphql.TraceId).ToList();
        return new TracedAnswers(answers,
            [.. ofRequest.Where(s => s.DisplayName.StartsWith("store ", StringComparison.Ordinal))],
            [.. ofRequest.Where(s => s.Source.Name == "GraphServer.Bolt")]);
    }
}
