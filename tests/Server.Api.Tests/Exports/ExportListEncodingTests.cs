using System.IO.Compression;
using System.Text.Json;
using GraphServer.Api.Tests.Conformance;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Exports;

/// <summary>
/// Lists in the text formats are JSON arrays of strings, declared per file (GraphML and CSV: the graph attribute
/// <c>listAttributes</c>; GEXF: its description), so an id or title holding the old separator '|', a quote or a comma
/// reads back as one item. On <see cref="SyntheticSourceServer"/>, whose Kenya cites such a source and whose CITIZEN_OF
/// relationships name it with a quote holding '|': every format, read by our parsers, says what Cytoscape's arrays say.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class ExportListEncodingTests(SyntheticSourceServer server)
{
    private const string Kenya = SyntheticSourceServer.Kenya;

    public static TheoryData<string> Formats() => [.. ExportExpectations.Formats];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Ids_titles_and_quotes_holding_the_separator_a_quote_or_a_comma_read_back_item_for_item(string format)
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var query = $"?ids={Uri.EscapeDataString(Kenya)}&depth=1";
        var cytoscape = ExportParsers.ParseCytoscape((await ExportResponse.GetAsync(client, "/export/cytoscape" + query)).Body);
        var file = await ExportResponse.GetAsync(client, $"/export/{format}{query}");

        Assert.Equal(200, file.Status);
        var parsed = ExportParsers.Parse(format, file.Body);
        var kenya = parsed.Nodes[Kenya];
        var ids = JsonSerializer.Deserialize<string[]>(kenya["sourceIds"])!;
        var titles = JsonSerializer.Deserialize<string[]>(kenya["sourceTitles"])!;
        Assert.Equal(ids.Length, titles.Length);
        foreach (var source in SyntheticSourceServer.All)
        {
            Assert.Equal(source.Title, titles[Array.IndexOf(ids, source.Id)]);
        }

        Assert.Equal(cytoscape.Nodes[Kenya]["sourceTitles"], kenya["sourceTitles"]);
        var citizenships = parsed.Edges.Where(e => e.Key.EndsWith("-CITIZEN_OF->" + Kenya, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(citizenships);
        foreach (var (key, edge) in citizenships)
        {
            Assert.Equal(cytoscape.Edges[key]["sourceIds"], edge["sourceIds"]);
            Assert.Equal(cytoscape.Edges[key]["quotes"], edge["quotes"]);
            Assert.Contains("synthetic | test \"passage\"", JsonSerializer.Deserialize<string[]>(edge["quotes"])!);
            Assert.Equal(SyntheticSourceServer.Script.Title, JsonSerializer.Deserialize<string[]>(edge["sourceTitles"])!.Last());
        }
    }

    [Fact]
    public async Task A_csv_list_cell_is_one_quoted_json_array_and_graph_csv_names_the_list_columns()
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var response = await client.GetAsync(new Uri($"/export/csv?ids={Uri.EscapeDataString(Kenya)}&depth=0", UriKind.Relative));
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        using var nodes = new StreamReader(zip.GetEntry("nodes.csv")!.Open());
        using var graph = new StreamReader(zip.GetEntry("graph.csv")!.Open());
        var nodesText = await nodes.ReadToEndAsync();
        var graphText = await graph.ReadToEndAsync();

        // RFC 4180 quoting around the JSON: the JSON's own quotes doubled, its escaped quote kept as \".
        Assert.Contains("\"\"source:synthetic|script-url\"\"", nodesText, StringComparison.Ordinal);
        Assert.Contains("\"\"Synthetic test source | a \\\"\"quoted\\\"\" title, with a comma\"\"", nodesText, StringComparison.Ordinal);
        Assert.Contains("listAttributes,\"[\"\"", graphText, StringComparison.Ordinal);
        Assert.Contains("\"\"sourceTitles\"\"", graphText, StringComparison.Ordinal);
    }
}
