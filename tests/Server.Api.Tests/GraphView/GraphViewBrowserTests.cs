using System.Diagnostics;
using System.Xml.Linq;
using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.Conformance;
using GraphServer.Api.Tests.Exports;
using GraphServer.Api.Tests.Http;
using GraphServer.Api.Tests.Support;
using GraphServer.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.GraphView;

/// <summary>
/// /graph/ as an investigator meets it (js/graphview.mjs): headless Chromium opens a neighborhood and a fighter's trace,
/// waits for the layout, and the drawn nodes and relationships are the store's; a click on a node shows its sources; the
/// graphml button downloads the graph on screen; a screenshot is kept under the test output (artefacts/); and no request
/// left the server. Firefox (Debian's firefox-esr, headless --screenshot; playwright-core drives only its own Firefox
/// build) must at least draw the page.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphViewBrowserTests(LiveServer server, EmbeddedServerFixture seed) : IClassFixture<EmbeddedServerFixture>
{
    private const string Kenya = "country:KE";

    public static string Artefacts { get; } = Path.Combine(AppContext.BaseDirectory, "artefacts");

    private IGraphStore Store => seed.Factory.Services.GetRequiredService<GraphStoreHolder>().Store;

    [SkippableFact]
    public async Task A_neighborhood_is_drawn_as_the_store_holds_it_and_a_click_shows_the_nodes_sources()
    {
        ExternalTools.RequireChromium();
        var expected = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya], 1));

        var report = await NodeScript.RunAsync("graphview.mjs", TimeSpan.FromMinutes(4),
            server.BaseUrl, ExternalTools.Chromium, $"ids={Kenya}&depth=1", Kenya, Artefacts);

        Assert.True(report["error"] is null, $"{report["error"]} after {report["steps"]?.ToJsonString()}");
        Assert.Equal(expected.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), report["nodeIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(expected.Edges.Count, report["edges"]!.GetValue<int>());
        Assert.Equal("ellipse", report["shapes"]!["Country"]!.GetValue<string>());
        Assert.Equal("Kenya (Country)", report["clicked"]!.GetValue<string>());
        var kenyaSources = (await Store.GetNodesAsync([Kenya], withSources: true)).Single().Sources!.Select(c => c.Source.Id).ToList();
        var shown = report["sources"]!.AsArray();
        Assert.Equal(kenyaSources, shown.Select(s => s!["id"]!.GetValue<string>()));
        var first = (await Store.GetNodesAsync([kenyaSources[0]])).Single();
        Assert.Equal((string)first["title"]!, shown[0]!["title"]!.GetValue<string>());
        Assert.Equal(first["url"] as string, shown[0]!["href"]?.GetValue<string>());

        var downloaded = ExportParsers.ParseGraphML(XDocument.Load(report["download"]!.GetValue<string>()));
        Assert.Equal(expected.Nodes.Count, downloaded.Nodes.Count);
        Assert.Equal(expected.Edges.Count, downloaded.Edges.Count);
        Assert.True(new FileInfo(report["screenshot"]!.GetValue<string>()).Length > 20_000, "the screenshot is blank");
        Assert.Empty(report["foreignRequests"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task A_fighters_trace_is_drawn_left_to_right_from_the_same_routes()
    {
        ExternalTools.RequireChromium();
        var fighter = (await Store.FindNodesAsync(new NodeQuery("Fighter") { Take = 1 })).Nodes.Single().Id;

        var report = await NodeScript.RunAsync("graphview.mjs", TimeSpan.FromMinutes(4),
            server.BaseUrl, ExternalTools.Chromium, $"trace={fighter}", fighter, Artefacts);

        Assert.True(report["error"] is null, $"{report["error"]} after {report["steps"]?.ToJsonString()}");
        Assert.Contains(fighter, report["nodeIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.True(report["nodes"]!.GetValue<int>() > 1);
        Assert.Empty(report["foreignRequests"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task Firefox_draws_the_page_headless()
    {
        ExternalTools.RequireFirefox();
        Directory.CreateDirectory(Artefacts);
        var page = Path.Combine(Artefacts, "graphview-firefox.png");
        var blank = Path.Combine(Artefacts, "firefox-blank.png");

        await FirefoxScreenshotAsync($"{server.BaseUrl}/graph/?ids={Kenya}&depth=1", page);
        await FirefoxScreenshotAsync("about:blank", blank);

        // Firefox takes the picture at the load event, before or after the graph's fetch: the form and buttons alone
        // compress to over twice the bytes of an empty page (measured: blank 18.7 kB, form 44 kB, drawn graph 120 kB).
        Assert.True(new FileInfo(page).Length > 2 * new FileInfo(blank).Length,
            $"Firefox's screenshot is {new FileInfo(page).Length} bytes, a blank page's {new FileInfo(blank).Length}");
    }

    private static async Task FirefoxScreenshotAsync(string url, string file)
    {
        File.Delete(file);
        var profile = Directory.CreateTempSubdirectory("graphserver-firefox-");
        try
        {
            var start = new ProcessStartInfo(ExternalTools.Firefox,
                ["--headless", "--no-remote", "--profile", profile.FullName, "--window-size", "1200,800", "--screenshot", file, url])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(cancel.Token);
            Assert.True(File.Exists(file), $"firefox-esr wrote no screenshot (exit {process.ExitCode}): {await stderr}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
