using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.GraphView;

/// <summary>
/// The two browsers the issue names, each driven through the same steps and reporting the same JSON: Chromium through
/// Playwright (js/graphview.mjs), Debian's firefox-esr through puppeteer-core over WebDriver BiDi (js/graphview-firefox.mjs;
/// Playwright drives only its own patched Firefox). A missing browser fails under CI=true (<see cref="ExternalTools"/>).
/// </summary>
internal static class GraphViewBrowser
{
    public const string Chromium = "chromium";
    public const string Firefox = "firefox";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static string Artefacts { get; } = Path.Combine(AppContext.BaseDirectory, "artefacts");

    public static Task<JsonNode> OpenAsync(string browser, string baseUrl, string query, string clickId, string artefactPrefix = "")
    {
        if (browser == Firefox)
        {
            ExternalTools.RequireFirefox();
            return NodeScript.RunAsync(
                "graphview-firefox.mjs", Timeout, baseUrl, ExternalTools.Firefox, query, clickId, Artefacts, artefactPrefix);
        }

        ExternalTools.RequireChromium();
        return NodeScript.RunAsync("graphview.mjs", Timeout, baseUrl, ExternalTools.Chromium, query, clickId, Artefacts, artefactPrefix);
    }

    /// <summary>The script's own failure (with the steps it got through and its failure screenshot) as the test's message.</summary>
    public static void AssertNoError(JsonNode report) =>
        Assert.True(report["error"] is null, $"{report["error"]} after {report["steps"]?.ToJsonString()}");
}
