using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Http;

namespace GraphServer.Api.Tests.Exports;

/// <summary>Requests an export cannot answer get a problem document saying what to send instead.</summary>
public sealed class ExportErrorTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    [Theory]
    [InlineData("/export/pdf?ids=country:KE")]
    [InlineData("/export/svg/path?from=country:KE&to=country:IN")]
    public async Task An_unknown_format_is_404_listing_the_formats(string url)
    {
        var response = await ExportResponse.GetAsync(server.Client, url);

        Assert.Equal(404, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        var problem = JsonNode.Parse(response.Body)!;
        Assert.Equal(["graphml", "gexf", "cytoscape", "yed", "graphology", "csv"], problem["formats"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/export/graphml", "ids is required")]
    [InlineData("/export/graphml?ids=,", "ids is required")]
    [InlineData("/export/graphml?ids=country:KE&depth=4", "depth must be a whole number from 0 to 3; got '4'")]
    [InlineData("/export/graphml?ids=country:KE&depth=one", "depth must be a whole number")]
    [InlineData("/export/graphml?ids=country:KE&depth=1&depth=2", "depth is given 2 times")]
    [InlineData("/export/gexf?ids=country:KE&limit=5001", "limit must be a whole number from 1 to 5000")]
    [InlineData("/export/gexf?ids=country:KE&asOf=30/06/2024", "asOf must be a date as yyyy-MM-dd; got '30/06/2024'")]
    [InlineData("/export/gexf?ids=country:KE&asOf=2024-02-30", "asOf must be a date as yyyy-MM-dd")]
    [InlineData("/export/cytoscape?ids=country:KE&types=TARGETS,KNOWS", "types: KNOWS is not a relationship type")]
    [InlineData("/export/cytoscape/path?to=country:KE", "from is required")]
    [InlineData("/export/cytoscape/path?from=country:KE&to=country:IN&maxHops=7", "maxHops must be a whole number from 1 to 6")]
    public async Task A_bad_parameter_is_400_with_a_message_naming_it(string url, string message)
    {
        var response = await ExportResponse.GetAsync(server.Client, url);

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Contains(message, JsonNode.Parse(response.Body)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/graphml?ids=country:KE,country:XX")]
    [InlineData("/export/gexf/path?from=country:XX&to=country:KE")]
    public async Task An_id_that_names_no_node_is_404_listing_it_rather_than_a_partial_file(string url)
    {
        var response = await ExportResponse.GetAsync(server.Client, url);

        Assert.Equal(404, response.Status);
        Assert.Equal(["country:XX"], JsonNode.Parse(response.Body)!["unknownIds"]!.AsArray().Select(i => i!.GetValue<string>()));
    }
}
