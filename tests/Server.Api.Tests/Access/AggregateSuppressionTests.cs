using System.Text.Json.Nodes;

namespace GraphServer.Api.Tests.Access;

/// <summary>
/// Aggregate group counts and funnel stage counts follow the totalCount rule: below k (5) a viewer gets null and
/// SMALL_COUNT_SUPPRESSED at the count's path; analysts get every count.
/// </summary>
public sealed class AggregateSuppressionTests(AccessServer server) : IClassFixture<AccessServer>
{
    /// <summary>The fixture's fighters only: two in the small group, six in the large one.</summary>
    private static readonly string ByStatus = "{ fighters(where: { id: { in: ["
        + string.Join(", ", Enumerable.Range(0, 2).Select(i => $"\"fighter:access-small-{i}\"").Concat(
            Enumerable.Range(0, 6).Select(i => $"\"fighter:access-large-{i}\"")))
        + "] } }) { aggregate(groupBy: [STATUS]) { keys { value } count } } }";

    private const string Funnel = """{ funnel(country: "country:KE") { stages { stage counted } } }""";

    [Fact]
    public async Task An_analyst_gets_every_group_count()
    {
        var (_, body) = await server.AsAsync("analyst", ByStatus);

        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Equal("""[{"keys":[{"value":"DESERTED"}],"count":6},{"keys":[{"value":"MISSING"}],"count":2}]""",
            body["data"]!["fighters"]!["aggregate"]!.ToJsonString());
    }

    [Fact]
    public async Task A_viewer_gets_the_large_group_and_the_small_one_suppressed_at_its_path()
    {
        var (_, body) = await server.AsAsync("viewer", ByStatus);

        var groups = body["data"]!["fighters"]!["aggregate"]!.AsArray();
        Assert.Equal(6, (int)groups[0]!["count"]!);
        Assert.Equal("MISSING", (string?)groups[1]!["keys"]![0]!["value"]);
        Assert.Null(groups[1]!["count"]);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("SMALL_COUNT_SUPPRESSED", (string?)error["extensions"]!["code"]);
        Assert.Equal("""["fighters","aggregate",1,"count"]""", error["path"]!.ToJsonString());
    }

    [Fact]
    public async Task A_viewer_never_receives_a_funnel_count_below_k_and_an_analyst_gets_them_all()
    {
        var (_, viewer) = await server.AsAsync("viewer", Funnel);
        var (_, analyst) = await server.AsAsync("analyst", Funnel);

        Assert.Null(analyst["errors"]);
        var counts = analyst["data"]!["funnel"]!["stages"]!.AsArray().Select(s => (int)s!["counted"]!).ToList();
        var shown = viewer["data"]!["funnel"]!["stages"]!.AsArray().Select(s => s!["counted"]).ToList();
        var suppressed = (viewer["errors"] as JsonArray ?? []).Select(e => e!["path"]!.ToJsonString()).ToList();
        Assert.Contains(counts, c => c < 5);
        for (var i = 0; i < counts.Count; i++)
        {
            Assert.Equal(counts[i] < 5 ? null : counts[i], (int?)shown[i]);
            Assert.Equal(counts[i] < 5, suppressed.Contains($"[\"funnel\",\"stages\",{i},\"counted\"]"));
        }
    }
}
