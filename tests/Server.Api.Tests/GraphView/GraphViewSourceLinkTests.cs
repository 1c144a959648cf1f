using System.Text.Json;
using System.Xml.Linq;
using GraphServer.Api.Tests.Conformance;
using GraphServer.Api.Tests.Exports;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.GraphView;

/// <summary>
/// A Source's url is whatever an import gave it. In /graph/'s side panel, in both browsers, a <c>javascript:</c> or
/// <c>data:</c> address must stay plain text (a link would run script in the server's origin), while an https address
/// is a link, so the check can tell the two apart. On <see cref="SyntheticSourceServer"/>: the seed plus three synthetic
/// sources that Kenya cites, one with '|', a quote and a comma in its id and title, which the panel and the file the
/// browser downloads must both show as one source.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphViewSourceLinkTests(SyntheticSourceServer server)
{
    public static TheoryData<string> Browsers() => [GraphViewBrowser.Chromium, GraphViewBrowser.Firefox];

    [SkippableTheory]
    [MemberData(nameof(Browsers))]
    public async Task A_source_address_that_is_not_http_or_https_is_shown_as_text_never_as_a_link(string browser)
    {
        var report = await GraphViewBrowser.OpenAsync(browser, server.BaseUrl, $"ids={SyntheticSourceServer.Kenya}&depth=1",
            SyntheticSourceServer.Kenya, "synthetic-sources-");

        GraphViewBrowser.AssertNoError(report);
        var shown = report["sources"]!.AsArray().ToDictionary(s => s!["id"]!.GetValue<string>(), s => s!);
        foreach (var source in SyntheticSourceServer.All)
        {
            Assert.True(shown.ContainsKey(source.Id), $"{source.Id} is not in the side panel: {string.Join(", ", shown.Keys)}");
            Assert.Equal(source.Title, shown[source.Id]["title"]!.GetValue<string>());
        }

        Assert.Null(shown[SyntheticSourceServer.Script.Id]["href"]);
        Assert.Null(shown[SyntheticSourceServer.Data.Id]["href"]);
        Assert.Equal(SyntheticSourceServer.Web.Url, shown[SyntheticSourceServer.Web.Id]["href"]?.GetValue<string>());
        var links = report["links"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
        Assert.Contains(SyntheticSourceServer.Web.Url, links);
        Assert.All(links, link => Assert.True(
            link.StartsWith("https:", StringComparison.Ordinal) || link.StartsWith("http:", StringComparison.Ordinal),
            $"a link to {link}"));

        // The file the browser downloaded holds Kenya's sources as one JSON list, the '|' title as one item.
        var downloaded = ExportParsers.ParseGraphML(XDocument.Load(report["download"]!.GetValue<string>()));
        var titles = JsonSerializer.Deserialize<string[]>(downloaded.Nodes[SyntheticSourceServer.Kenya]["sourceTitles"])!;
        var ids = JsonSerializer.Deserialize<string[]>(downloaded.Nodes[SyntheticSourceServer.Kenya]["sourceIds"])!;
        Assert.Equal(shown.Keys, ids);
        Assert.Equal(ids.Length, titles.Length);
        Assert.Equal(SyntheticSourceServer.Script.Title, titles[Array.IndexOf(ids, SyntheticSourceServer.Script.Id)]);
        Assert.Empty(report["foreignRequests"]!.AsArray().Select(u => u!.GetValue<string>()));
    }
}
