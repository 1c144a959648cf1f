using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.Http;
using GraphServer.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Exports;

/// <summary>Each format read back holds exactly what the store's neighbourhood or shortest paths hold, attribute for attribute.</summary>
public sealed class ExportContentTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    private const string Kenya = "country:KE";
    private const string FrontLine = "location:syn-front-1";

    public static TheoryData<string, int> FormatsAndDepths() => new()
    {
        { "graphml", 1 }, { "graphml", 2 }, { "gexf", 1 }, { "gexf", 2 }, { "cytoscape", 1 }, { "cytoscape", 2 }, { "yed", 2 },
    };

    public static TheoryData<string> Formats() => [.. ExportExpectations.Formats];

    private IGraphStore Store => server.Factory.Services.GetRequiredService<GraphStoreHolder>().Store;

    [Theory]
    [MemberData(nameof(FormatsAndDepths))]
    public async Task An_export_holds_exactly_the_stores_neighbourhood_with_every_attribute(string format, int depth)
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={Kenya}&depth={depth}");

        Assert.Equal(200, response.Status);
        var expected = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya], depth));
        Assert.True(expected.Nodes.Count > 3 && expected.Edges.Count > 3, "the seed must give Kenya a real neighbourhood");
        ExportExpectations.AssertSame(expected, ExportParsers.Parse(format, response.Body));
        Assert.Null(response.Truncated);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Kenya_is_labelled_with_its_name_and_typed_as_a_country(string format)
    {
        var graph = ExportParsers.Parse(format, (await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={Kenya}")).Body);

        Assert.Equal("Kenya", graph.Nodes[Kenya]["label"]);
        Assert.Equal("Country", graph.Nodes[Kenya]["type"]);
        Assert.Equal("KE", graph.Nodes[Kenya]["iso2"]);
        Assert.Equal("true", graph.Edges.Values.Select(e => e.ContainsKey("type") ? "true" : "false").Distinct().Single());
    }

    [Fact]
    public async Task GraphML_keys_and_GEXF_attributes_declare_each_column_with_its_type()
    {
        var graphml = System.Xml.Linq.XDocument.Parse((await ExportResponse.GetAsync(server.Client, $"/export/graphml?ids={Kenya}")).Body);
        var gexf = System.Xml.Linq.XDocument.Parse((await ExportResponse.GetAsync(server.Client, $"/export/gexf?ids={Kenya}")).Body);

        var keys = graphml.Root!.Elements(ExportParsers.GraphML + "key")
            .ToDictionary(k => $"{k.Attribute("for")!.Value}:{k.Attribute("attr.name")!.Value}", k => k.Attribute("attr.type")!.Value);
        var attributes = gexf.Descendants(ExportParsers.Gexf + "attributes").SelectMany(a => a.Elements(ExportParsers.Gexf + "attribute")
            .Select(x => (Key: $"{a.Attribute("class")!.Value}:{x.Attribute("title")!.Value}", Type: x.Attribute("type")!.Value)))
            .ToDictionary(x => x.Key, x => x.Type);
        foreach (var declared in new[] { keys, attributes })
        {
            Assert.Equal("boolean", declared["node:synthetic"]);
            Assert.Equal("double", declared["node:latitude"]);
            Assert.Equal("string", declared["node:sourceIds"]);
            Assert.Equal("string", declared["edge:validFrom"]);
            Assert.Equal("string", declared["edge:type"]);
            // This server runs open, so the caller is the local analyst, who may export personal columns; a viewer's
            // file declares none (ExportSafetyTests, Access/RoleMatrixTests).
            Assert.Equal("string", declared["node:dateOfBirth"]);
        }

        Assert.Equal("string", keys["node:label"]);
    }

    [Theory]
    [InlineData("graphml", "application/graphml+xml; charset=utf-8", "graphml")]
    [InlineData("gexf", "application/gexf+xml; charset=utf-8", "gexf")]
    [InlineData("cytoscape", "application/json; charset=utf-8", "cyjs")]
    [InlineData("yed", "application/graphml+xml; charset=utf-8", "graphml")]
    public async Task The_file_comes_with_its_media_type_no_caching_and_a_download_name_of_the_ids_and_day(string format, string mediaType, string extension)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var plain = await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={Kenya}");
        var dated = await ExportResponse.GetAsync(server.Client, $"/export/{format}?ids={Kenya},country:IN&ids=country:KE&asOf=2025-11-20");

        Assert.Equal(mediaType, plain.ContentType);
        Assert.Equal("no-store", plain.CacheControl);
        Assert.Equal($"attachment; filename=\"graphserver-country_KE-{today}.{extension}\"", plain.ContentDisposition);
        Assert.Equal($"attachment; filename=\"graphserver-country_KE+country_IN-2025-11-20.{extension}\"", dated.ContentDisposition);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_path_export_holds_every_shortest_path_between_the_two_nodes(string format)
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/{format}/path?from={Kenya}&to={FrontLine}&maxHops=6");

        Assert.Equal(200, response.Status);
        var paths = await Store.FindPathsAsync(new PathQuery(Kenya, FrontLine, 6) { ShortestOnly = true, Limit = 100 });
        Assert.True(paths.Count > 1, "the seed must have several shortest paths between these two");
        var expected = new Subgraph(
            [.. paths.SelectMany(p => p.Nodes).DistinctBy(n => n.Id)],
            [.. paths.SelectMany(p => p.Edges).DistinctBy(e => ParsedGraph.EdgeKey(e.FromId, e.Type, e.ToId))],
            false);
        ExportExpectations.AssertSame(expected, ExportParsers.Parse(format, response.Body));
    }

    [Fact]
    public async Task AsOf_a_day_exports_the_neighbourhood_as_the_store_saw_it_that_day()
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/gexf?ids={Kenya}&depth=2&asOf=2025-11-20");

        var thatDay = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya], 2) { AsOf = new DateOnly(2025, 11, 20) });
        var now = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya], 2));
        Assert.True(thatDay.Nodes.Count < now.Nodes.Count, "the day must hide some of the seed for this test to mean anything");
        ExportExpectations.AssertSame(thatDay, ExportParsers.Parse("gexf", response.Body));
    }

    [Fact]
    public async Task Several_ids_export_their_joint_neighbourhood_and_depth_zero_only_themselves()
    {
        var joint = await ExportResponse.GetAsync(server.Client, $"/export/graphml?ids={Kenya},country:IN&ids=country:ZA");
        var alone = await ExportResponse.GetAsync(server.Client, $"/export/graphml?ids={Kenya},country:IN&depth=0");

        ExportExpectations.AssertSame(
            await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya, "country:IN", "country:ZA"], 1)),
            ExportParsers.Parse("graphml", joint.Body));
        Assert.Equal([Kenya, "country:IN"], ExportParsers.Parse("graphml", alone.Body).Nodes.Keys.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task A_limit_below_the_neighbourhood_keeps_the_closest_nodes_and_says_the_file_is_truncated()
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/cytoscape?ids={Kenya}&depth=2&limit=3");

        var graph = ExportParsers.ParseCytoscape(response.Body);
        Assert.Equal(3, graph.Nodes.Count);
        Assert.Contains(Kenya, graph.Nodes.Keys);
        Assert.Equal("true", response.Truncated);
    }

    [Fact]
    public async Task Only_relationships_of_the_requested_types_are_followed()
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/gexf?ids={Kenya}&types=TARGETS,CITES");

        var graph = ExportParsers.Parse("gexf", response.Body);
        Assert.NotEmpty(graph.Edges);
        Assert.All(graph.Edges.Values, e => Assert.Contains(e["type"], new[] { "TARGETS", "CITES" }));
        var expected = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Kenya], 1) { Types = ["TARGETS", "CITES"] });
        ExportExpectations.AssertSame(expected, graph);
    }
}
