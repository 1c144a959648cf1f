using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Conformance;

/// <summary>
/// Banana Cake Pop as an investigator meets it: headless Chromium opens /graphql on our server (no network beyond
/// it), the IDE loads the schema by introspection, runs a query, and the answer from the seed shows in the page; every
/// request the page and its workers made went to our server (no telemetry, no CDN, no fonts from elsewhere).
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class BananaCakePopBrowserTests(LiveServer server)
{
    [SkippableFact]
    public async Task Banana_cake_pop_loads_our_schema_and_shows_a_query_result()
    {
        ExternalTools.RequireChromium();

        var report = await NodeScript.RunAsync("ide.mjs", TimeSpan.FromMinutes(3),
            server.BaseUrl, ExternalTools.Chromium, """{ country(id: "country:KE") { name iso2 } }""", "Kenya");

        Assert.True(report["error"] is null, $"{report["error"]} after {report["steps"]?.ToJsonString()}");
        Assert.True(report["schemaLoaded"]!.GetValue<bool>());
        var shown = report["resultText"]!.GetValue<string>();
        Assert.Contains("\"name\": \"Kenya\"", shown, StringComparison.Ordinal);
        Assert.Contains("\"iso2\": \"KE\"", shown, StringComparison.Ordinal);
        Assert.True(report["requests"]!.GetValue<int>() > 5, "the request log is empty: the recording is broken");
        Assert.Empty(report["foreignRequests"]!.AsArray().Select(u => u!.GetValue<string>()));
    }
}
