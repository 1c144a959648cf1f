using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store;
using GraphServer.Store.Configuration;

namespace GraphServer.Api.Tests.Support;

/// <summary>
/// A live server on the seed plus three synthetic Sources that Kenya cites, written through the store before the server
/// starts (the shared <see cref="LiveServer"/> must stay the plain seed: other tests compare it with a seeded store). The
/// sources carry what an import may bring and a reader must survive: an id and a title holding the list separator '|',
/// a quote and a comma; a <c>javascript:</c> and a <c>data:</c> address, which the graph view must never make a link;
/// and an https address on the reserved example.org domain, which it must. Kenya's CITIZEN_OF relationships from the seed
/// cite the first one too, so a relationship's lists carry it as well. All marked synthetic.
/// </summary>
public sealed class SyntheticSourceServer : IAsyncLifetime
{
    public const string Kenya = "country:KE";

    public static readonly SyntheticSource Script = new(
        "source:synthetic|script-url", "Synthetic test source | a \"quoted\" title, with a comma", "javascript:alert(document.domain)");

    public static readonly SyntheticSource Data = new(
        "source:synthetic-data-url", "Synthetic test source with a data: address", "data:text/html,<script>alert(1)</script>");

    public static readonly SyntheticSource Web = new(
        "source:synthetic-web-url", "Synthetic test source with a web address", "https://example.org/synthetic-test-source");

    public static IReadOnlyList<SyntheticSource> All { get; } = [Script, Data, Web];

    private readonly LiveServer _server = new(WriteSeedAndSyntheticSourcesAsync);

    public string BaseUrl => _server.BaseUrl;

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private static async Task WriteSeedAndSyntheticSourcesAsync(string dataDirectory)
    {
        var settings = StoreSettings.From(key => key switch
        {
            "GRAPH_STORE" => "embedded",
            "GRAPH_DATA_DIR" => dataDirectory,
            _ => null,
        });
        await using var store = await StoreFactory.OpenAsync(settings, RecruitmentModel.Instance);
        var seed = SeedData.Read();
        var sources = All.Select(s => new GraphNode(s.Id, "Source", new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["publisher"] = "Synthetic test publisher",
            ["title"] = s.Title,
            ["url"] = s.Url,
            ["kind"] = "news",
            [CommonProperties.Synthetic] = true,
        }));
        var citations = RecordSources.Citations(Kenya, [.. All.Select(s => (s.Id, (string?)"synthetic test passage"))]);
        var edges = seed.Edges.Select(CiteScriptOnKenyasCitizenship).ToList();
        Assert.Contains(edges, e => e.Properties.GetValueOrDefault(CommonProperties.SourceIds) is IEnumerable<string> ids
            && ids.Contains(Script.Id));
        await store.ApplyAsync(new ChangeSet([.. seed.Nodes, .. sources], [.. edges, .. citations]));
    }

    /// <summary>A seed CITIZEN_OF relationship to Kenya gets the '|' source added to its sourceIds and quotes; others stay.</summary>
    private static GraphEdge CiteScriptOnKenyasCitizenship(GraphEdge edge)
    {
        if (edge.Type != "CITIZEN_OF" || edge.ToId != Kenya
            || edge.Properties.GetValueOrDefault(CommonProperties.SourceIds) is not IEnumerable<string> ids)
        {
            return edge;
        }

        var quotes = edge.Properties.GetValueOrDefault(CommonProperties.Quotes) as IEnumerable<string> ?? ids.Select(_ => string.Empty);
        var properties = new Dictionary<string, object?>(edge.Properties, StringComparer.Ordinal)
        {
            [CommonProperties.SourceIds] = ids.Append(Script.Id).ToArray(),
            [CommonProperties.Quotes] = quotes.Append("synthetic | test \"passage\"").ToArray(),
        };
        return edge with { Properties = properties };
    }
}
