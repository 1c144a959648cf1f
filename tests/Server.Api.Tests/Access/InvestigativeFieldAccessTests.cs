using System.Net;

namespace GraphServer.Api.Tests.Access;

/// <summary>
/// Issue 10's rules on the investigative fields: a viewer's traces totalCount below k is suppressed whatever the order,
/// a personal field reached through a trace is FORBIDDEN at its path, and no order uses a personal property. Lists of
/// records are not counts: a viewer still lists a small group's records, as Server/Api/Access/README.md decides.
/// </summary>
public sealed class InvestigativeFieldAccessTests(AccessServer server) : IClassFixture<AccessServer>
{
    private static string TracesOf(string status, string order) =>
        $"{{ traces(where: {{ status: [{status.ToUpperInvariant()}] }}, order: {{ {order}: ASC }}) {{ totalCount }} }}";

    [Theory]
    [InlineData("fighterId")]
    [InlineData("fighterAlias")]
    [InlineData("outcomeDate")]
    public async Task A_viewer_gets_a_small_traces_total_suppressed_in_every_order_and_an_analyst_gets_it(string order)
    {
        var (_, viewer) = await server.AsAsync("viewer", TracesOf(AccessServer.SmallGroupStatus, order));
        var (_, analyst) = await server.AsAsync("analyst", TracesOf(AccessServer.SmallGroupStatus, order));
        var (_, large) = await server.AsAsync("viewer", TracesOf(AccessServer.LargeGroupStatus, order));

        Assert.Null(viewer["data"]!["traces"]!["totalCount"]);
        var error = Assert.Single(viewer["errors"]!.AsArray())!;
        Assert.Equal("SMALL_COUNT_SUPPRESSED", (string?)error["extensions"]!["code"]);
        Assert.Equal("""["traces","totalCount"]""", error["path"]!.ToJsonString());
        Assert.Equal(2, (int)analyst["data"]!["traces"]!["totalCount"]!);
        Assert.Equal(6, (int)large["data"]!["traces"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_personal_field_reached_through_a_trace_is_forbidden_at_its_path_and_the_rest_answers()
    {
        const string Query = """
            { traces(where: { status: [DESERTED] }, order: { fighterAlias: ASC }, first: 1) { nodes { fighter { id alias name } } } }
            """;
        var (_, viewer) = await server.AsAsync("viewer", Query);
        var (_, analyst) = await server.AsAsync("analyst", Query);

        var fighter = viewer["data"]!["traces"]!["nodes"]![0]!["fighter"]!;
        Assert.Equal("fighter:access-large-0", (string?)fighter["id"]);
        Assert.NotNull(fighter["alias"]);
        Assert.Null(fighter["name"]);
        var error = Assert.Single(viewer["errors"]!.AsArray())!;
        Assert.Equal("FORBIDDEN", (string?)error["extensions"]!["code"]);
        Assert.Equal("""["traces","nodes",0,"fighter","name"]""", error["path"]!.ToJsonString());
        Assert.Null(analyst["errors"]);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("admin")]
    public async Task No_role_orders_traces_by_a_personal_property(string role)
    {
        var (response, body) = await server.AsAsync(role, "{ traces(order: { fighterName: ASC }) { totalCount } }");

        // A validation error: nothing runs (the status is the transport's choice for the media type asked for).
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Null(body["data"]);
        Assert.Contains("fighterName", body["errors"]![0]!["message"]!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The documented limit: issue 10 suppresses counts and aggregates, not the records a viewer may read.</summary>
    [Fact]
    public async Task A_viewer_still_lists_a_small_group_s_records_because_lists_are_records_not_counts()
    {
        var (_, body) = await server.AsAsync("viewer",
            $"{{ fighters(where: {{ status: {{ eq: {AccessServer.SmallGroupStatus.ToUpperInvariant()} }} }}) {{ totalCount nodes {{ id }} }} }}");

        Assert.Null(body["data"]!["fighters"]!["totalCount"]);
        Assert.Equal(2, body["data"]!["fighters"]!["nodes"]!.AsArray().Count);
    }
}
