using System.Text.Json.Nodes;

namespace GraphServer.Api.Tests.Access;

/// <summary>Counts below k (5) never reach a viewer: null, marked SMALL_COUNT_SUPPRESSED at the path; analysts get them all.</summary>
public sealed class SmallCountSuppressionTests(AccessServer server) : IClassFixture<AccessServer>
{
    /// <summary>Fighter statuses are single lower-case words, so their GraphQL enum literal is the word in capitals.</summary>
    private static string CountOf(string status) =>
        $"{{ fighters(where: {{ status: {{ eq: {status.ToUpperInvariant()} }} }}) {{ totalCount }} }}";

    [Fact]
    public async Task An_analyst_gets_the_small_and_the_large_group_counts()
    {
        var (_, small) = await server.AsAsync("analyst", CountOf(AccessServer.SmallGroupStatus));
        var (_, large) = await server.AsAsync("analyst", CountOf(AccessServer.LargeGroupStatus));

        Assert.Equal(2, (int)small["data"]!["fighters"]!["totalCount"]!);
        Assert.Equal(6, (int)large["data"]!["fighters"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_viewer_gets_the_large_group_count_and_the_small_one_suppressed_and_marked()
    {
        var (_, small) = await server.AsAsync("viewer", CountOf(AccessServer.SmallGroupStatus));
        var (_, large) = await server.AsAsync("viewer", CountOf(AccessServer.LargeGroupStatus));

        Assert.Equal(6, (int)large["data"]!["fighters"]!["totalCount"]!);
        Assert.Null(large["errors"]);
        Assert.NotNull(small["data"]!["fighters"]);
        Assert.Null(small["data"]!["fighters"]!["totalCount"]);
        var error = Assert.Single(small["errors"]!.AsArray())!;
        Assert.Equal("SMALL_COUNT_SUPPRESSED", (string?)error["extensions"]!["code"]);
        Assert.Equal("""["fighters","totalCount"]""", error["path"]!.ToJsonString());
        Assert.DoesNotContain("2", error["message"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_never_receives_a_count_below_k_for_any_status()
    {
        foreach (var status in Model.RecruitmentModel.Instance.GetNode("Fighter").Properties.Single(p => p.Name == "status").AllowedValues!)
        {
            var (_, body) = await server.AsAsync("viewer", CountOf(status));
            var count = body["data"]!["fighters"]!["totalCount"];
            Assert.True(count is null || (int)count >= 5, $"{status}: {body.ToJsonString()}");
            if (count is null)
            {
                Assert.Equal("SMALL_COUNT_SUPPRESSED", (string?)body["errors"]![0]!["extensions"]!["code"]);
            }
        }
    }
}
