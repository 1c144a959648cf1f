using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Exports;

/// <summary>
/// A viewer's export holds no personal data in any format (analysts' do: Access/RoleMatrixTests), and any text survives
/// the trip through XML and JSON unchanged.
/// </summary>
public sealed class ExportSafetyTests : IAsyncLifetime
{
    private const string FighterId = "fighter:syn-export-test";
    private const string OddId = "country:XQ";
    private const string SecretName = "Ivan Exportovich Secretov";
    private const string SecretContact = "+000 555 0100";

    /// <summary>Markup characters, both quotes, a bare ampersand entity look-alike, Cyrillic, Arabic, an emoji and a tab.</summary>
    private const string OddName = "A & B <b>\"quoted\"</b> 'single' &amp; Київ — مرحبا 🎯\tend";

    /// <summary>Cells a spreadsheet would run as formulas (OWASP's triggers), and two that it would not.</summary>
    private static readonly (string Id, string Name, bool Trigger)[] FormulaNames =
    [
        ("country:XA", "=HYPERLINK(\"https://example.invalid\",\"open\")", true),
        ("country:XB", "+1+1", true),
        ("country:XC", "-2+3", true),
        ("country:XD", "@SUM(1,2)", true),
        ("country:XE", "\t=1+1", true),
        ("country:XF", "\r=1+1", true),
        ("country:XG", "-3", false),
        ("country:XH", "a;=1+1", false),
    ];

    private readonly GraphServerFactory _factory = new(Access.TestTokens.AuthOn());
    private HttpClient _client = null!;

    public static TheoryData<string> Formats() => [.. ExportExpectations.Formats];

    public static TheoryData<string> FormatsButCsv() => [.. ExportExpectations.Formats.Where(f => f != "csv")];

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Authorization = new("Bearer", Access.TestTokens.For("viewer"));
        var store = _factory.Services.GetRequiredService<GraphStoreHolder>().Store;
        var source = SeedExpectations.Nodes("Source").First().Id;
        Dictionary<string, object?> Synthetic() => new() { ["synthetic"] = true };
        var fighter = Synthetic();
        fighter["id"] = FighterId;
        fighter["alias"] = "Export test fighter";
        fighter["status"] = "captured";
        fighter["name"] = SecretName;
        fighter["contact"] = SecretContact;
        fighter["dateOfBirth"] = "1999-01-31";
        var odd = Synthetic();
        odd["id"] = OddId;
        odd["iso2"] = "XQ";
        odd["name"] = OddName;
        var formulas = FormulaNames.Select(f => new GraphNode(f.Id, "Country", new Dictionary<string, object?>
        {
            ["synthetic"] = true, ["id"] = f.Id, ["iso2"] = f.Id[^2..], ["name"] = f.Name,
        })).ToList();
        await store.ApplyAsync(new ChangeSet(
            [new GraphNode(FighterId, "Fighter", fighter), new GraphNode(OddId, "Country", odd), .. formulas],
            [
                .. formulas.Select(f => new GraphEdge("CITES", f.Id, source, new Dictionary<string, object?>())),
                new GraphEdge("CITIZEN_OF", FighterId, OddId, new Dictionary<string, object?> { ["sourceIds"] = new List<string> { source } }),
                new GraphEdge("CITES", FighterId, source, new Dictionary<string, object?>()),
                new GraphEdge("CITES", OddId, source, new Dictionary<string, object?>()),
            ]));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_fighters_personal_properties_are_left_out_of_a_viewers_export(string format)
    {
        var response = await ExportResponse.GetAsync(_client, $"/export/{format}?ids={FighterId}");

        Assert.Equal(200, response.Status);
        Assert.DoesNotContain("Secretov", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("555 0100", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("1999-01-31", response.Body, StringComparison.Ordinal);
        var fighter = ExportParsers.Parse(format, response.Body).Nodes[FighterId];
        Assert.Equal("Export test fighter", fighter["label"]);
        Assert.Equal("captured", fighter["status"]);
        Assert.False(fighter.ContainsKey("name") || fighter.ContainsKey("contact") || fighter.ContainsKey("dateOfBirth"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Markup_quotes_and_any_script_in_a_name_come_back_exactly(string format)
    {
        var response = await ExportResponse.GetAsync(_client, $"/export/{format}?ids={OddId}&depth=1");

        Assert.Equal(200, response.Status);
        var graph = ExportParsers.Parse(format, response.Body);
        Assert.Equal(OddName, graph.Nodes[OddId]["label"]);
        Assert.Equal(OddName, graph.Nodes[OddId]["name"]);
        Assert.Contains(ParsedGraph.EdgeKey(FighterId, "CITIZEN_OF", OddId), graph.Edges.Keys);
        Assert.DoesNotContain("<b>", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe_and_a_plain_number_does_not()
    {
        var ids = string.Join(',', FormulaNames.Select(f => f.Id));
        var response = await ExportResponse.GetAsync(_client, $"/export/csv?ids={ids}&depth=0");

        Assert.Equal(200, response.Status);
        var nodes = ExportParsers.Parse("csv", response.Body).Nodes;
        foreach (var (id, name, trigger) in FormulaNames)
        {
            var expected = trigger ? "'" + name : name;
            Assert.Equal((id, expected, expected), (id, nodes[id]["name"], nodes[id]["label"]));
        }
    }

    [Theory]
    [MemberData(nameof(FormatsButCsv))]
    public async Task Formula_like_names_come_back_exactly_from_every_format_but_csv(string format)
    {
        // XML turns a bare carriage return into a line feed, so the CR case is left to the CSV test.
        var names = FormulaNames.Where(f => !f.Name.StartsWith('\r')).ToList();
        var response = await ExportResponse.GetAsync(_client, $"/export/{format}?ids={string.Join(',', names.Select(f => f.Id))}&depth=0");

        Assert.Equal(200, response.Status);
        var nodes = ExportParsers.Parse(format, response.Body).Nodes;
        Assert.All(names, f => Assert.Equal(f.Name, nodes[f.Id]["name"]));
    }
}
