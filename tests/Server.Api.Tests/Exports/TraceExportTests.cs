using GraphServer.Api.Tests.Http;
using static GraphServer.Api.Tests.EndToEnd.SeedExpectations;

namespace GraphServer.Api.Tests.Exports;

/// <summary>/export/{format}?trace=: a fighter's chain as the GraphQL trace field gives it, in every format's own terms.</summary>
public sealed class TraceExportTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    private const string Demo = "fighter:syn-001";

    [Theory]
    [InlineData("cytoscape")]
    [InlineData("graphml")]
    [InlineData("graphology")]
    public async Task A_trace_export_holds_every_node_and_relationship_of_the_fighter_s_branches_with_their_sources(string format)
    {
        var response = await ExportResponse.GetAsync(server.Client, $"/export/{format}?trace={Demo}");

        Assert.Equal(200, response.Status);
        var graph = ExportParsers.Parse(format, response.Body);
        // The chain of the seed's demo fighter, hop by hop: who placed the offer it answered, where it ran, the unit and
        // both places the unit went to, and the capture.
        var offer = Edges("ANSWERED").Single(e => e.FromId == Demo).ToId;
        var unit = Edges("SERVED_IN").Single(e => e.FromId == Demo).ToId;
        var expected = new[]
        {
            Edges("PLACED").Single(e => e.ToId == offer), Edges("ANSWERED").Single(e => e.FromId == Demo),
            Edges("ADVERTISED_ON").Single(e => e.FromId == offer), Edges("SERVED_IN").Single(e => e.FromId == Demo),
            Edges("SUBJECT_OF").Single(e => e.FromId == Demo),
        }.Concat(Edges("DEPLOYED_TO").Where(e => e.FromId == unit)).ToList();
        Assert.Equal(expected.Select(e => ParsedGraph.EdgeKey(e.FromId, e.Type, e.ToId)).Order(StringComparer.Ordinal),
            graph.Edges.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(expected.SelectMany(e => new[] { e.FromId, e.ToId }).Distinct().Order(StringComparer.Ordinal),
            graph.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.All(graph.Edges.Values, e => Assert.Contains("source:graphserver-synthetic-demo", e["sourceIds"], StringComparison.Ordinal));
        Assert.Null(response.Truncated);
    }

    [Theory]
    [InlineData("/export/cytoscape?trace=fighter:nobody", 404, "fighter:nobody")]
    [InlineData("/export/cytoscape?trace=country:KE", 404, "is not a fighter")]
    [InlineData("/export/cytoscape?trace=fighter:somali-avdiivka-2024&asOf=2020-01-01", 404, "is not a fighter visible as of 2020-01-01")]
    public async Task A_trace_export_of_no_fighter_is_a_404_saying_why(string url, int status, string reason)
    {
        var response = await ExportResponse.GetAsync(server.Client, url);

        Assert.Equal(status, response.Status);
        Assert.Contains(reason, response.Body, StringComparison.Ordinal);
    }
}
