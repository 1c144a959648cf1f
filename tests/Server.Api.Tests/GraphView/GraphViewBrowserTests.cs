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
/// /graph/ as an investigator meets it, in headless Chromium and in headless Firefox (Debian's firefox-esr), the same
/// steps in both (<see cref="GraphViewBrowser"/>): open a neighborhood and a fighter's trace, wait for the layout, and the
/// drawn nodes and relationships are the store's; a real mouse click on a node shows its sources by title; the graphml
/// button downloads the graph on screen and it parses; a screenshot is kept under the test output (artefacts/); and the
/// page's network log holds no request outside the server.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphViewBrowserTests(LiveServer server, EmbeddedServerFixture seed) : IClassFixture<EmbeddedServerFixture>
{
    private const string Kenya = "country:KE";

    public static TheoryData<string> Browsers() => [GraphViewBrowser.Chromium, GraphViewBrowser.Firefox];

    private IGraphStore Store => seed.Factory.Services.GetRequiredService<GraphStoreHolder>().Store;

    [SkippableTheory]
    [MemberData(nameof(Browsers))]
    public async Task A_neighborhood_is_drawn_as_the_store_holds_it_and_a_click_shows_the_nodes_sources(string browser)
    {
        var expected = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya], 1));

        var report = await GraphViewBrowser.OpenAsync(browser, server.BaseUrl, $"ids={Kenya}&depth=1", Kenya);

        GraphViewBrowser.AssertNoError(report);
        Assert.Equal(expected.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), report["nodeIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(expected.Nodes.Count, report["nodes"]!.GetValue<int>());
        Assert.Equal(expected.Edges.Count, report["edges"]!.GetValue<int>());
        Assert.Equal("ellipse", report["shapes"]!["Country"]!.GetValue<string>());
        Assert.Equal("Kenya (Country)", report["clicked"]!.GetValue<string>());
        var kenyaSources = (await Store.GetNodesAsync([Kenya], withSources: true)).Single().Sources!.Select(c => c.Source).ToList();
        var shown = report["sources"]!.AsArray();
        Assert.Equal(kenyaSources.Select(s => s.Id), shown.Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(kenyaSources.Select(s => (string)s["title"]!), shown.Select(s => s!["title"]!.GetValue<string>()));
        Assert.Equal(kenyaSources.Select(s => s["url"] as string), shown.Select(s => s!["href"]?.GetValue<string>()));

        var downloaded = ExportParsers.ParseGraphML(XDocument.Load(report["download"]!.GetValue<string>()));
        Assert.Equal(expected.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), downloaded.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Edges.Count, downloaded.Edges.Count);
        AssertScreenshotAndNetwork(report);
    }

    [SkippableTheory]
    [MemberData(nameof(Browsers))]
    public async Task A_fighters_trace_is_drawn_left_to_right_from_the_same_routes(string browser)
    {
        var fighter = (await Store.FindNodesAsync(new NodeQuery("Fighter") { Take = 1 })).Nodes.Single().Id;
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var trace = ExportParsers.ParseCytoscape((await ExportResponse.GetAsync(client, $"/export/cytoscape?trace={fighter}")).Body);

        var report = await GraphViewBrowser.OpenAsync(browser, server.BaseUrl, $"trace={fighter}", fighter);

        GraphViewBrowser.AssertNoError(report);
        Assert.True(trace.Nodes.Count > 1);
        Assert.Equal(trace.Nodes.Keys.Order(StringComparer.Ordinal), report["nodeIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(trace.Edges.Count, report["edges"]!.GetValue<int>());
        Assert.EndsWith(" (Fighter)", report["clicked"]!.GetValue<string>(), StringComparison.Ordinal);
        var cited = (await Store.GetNodesAsync([fighter], withSources: true)).Single().Sources!.Select(c => c.Source.Id);
        Assert.Equal(cited, report["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        var downloaded = ExportParsers.ParseGraphML(XDocument.Load(report["download"]!.GetValue<string>()));
        Assert.Equal(trace.Nodes.Keys.Order(StringComparer.Ordinal), downloaded.Nodes.Keys.Order(StringComparer.Ordinal));
        AssertScreenshotAndNetwork(report);
    }

    private static void AssertScreenshotAndNetwork(System.Text.Json.Nodes.JsonNode report)
    {
        var screenshot = new FileInfo(report["screenshot"]!.GetValue<string>());
        Assert.True(screenshot.Exists && screenshot.Length > 20_000, $"the screenshot {screenshot.FullName} is missing or blank");
        Assert.True(report["requests"]!.GetValue<int>() >= 5, "the network log saw fewer requests than the page's own files");
        Assert.Empty(report["foreignRequests"]!.AsArray().Select(u => u!.GetValue<string>()));
    }
}
