using GraphServer.Model;
using GraphServer.Schema.Investigation.Claims;
using GraphServer.Schema.Investigation.Funnel;
using GraphServer.Store;

namespace GraphServer.Schema.Tests.Investigation;

/// <summary>The comparison rules of claimComparisons, without a store: when figures disagree, and which are min, max and latest.</summary>
public sealed class ClaimComparisonsTests
{
    private static ComparedClaim Claim(string id, double value, double? valueMax = null, string? asOf = null, string? knownFrom = null) =>
        new(new GraphNode(id, "Claim", new Dictionary<string, object?>
        {
            ["metric"] = "foreigners_killed", ["value"] = value, ["valueMax"] = valueMax, ["asOf"] = asOf, ["knownFrom"] = knownFrom ?? asOf,
        }), [], ["country:XX"]);

    [Theory]
    [InlineData(new[] { 5.0, 5.0 }, new double[0], false)]
    [InlineData(new[] { 5.0, 6.0 }, new double[0], true)]
    [InlineData(new[] { 100.0, 150.0 }, new[] { 999.0, -1 }, false)]
    [InlineData(new[] { 100.0, 1000.0 }, new[] { 999.0, -1 }, true)]
    [InlineData(new[] { 100.0, 500.0 }, new[] { 600.0, 900.0 }, false)]
    [InlineData(new[] { 100.0, 700.0 }, new[] { 600.0, 900.0 }, true)]
    [InlineData(new[] { 42.0 }, new double[0], false)]
    public void Figures_disagree_only_when_no_value_lies_in_every_stated_interval(double[] values, double[] maxima, bool disagree)
    {
        var claims = values.Select((v, i) => Claim($"claim:{i}", v, i < maxima.Length && maxima[i] >= 0 ? maxima[i] : null));

        Assert.Equal(disagree, ClaimComparisons.Compare("foreigners_killed", null, claims).Disagree);
    }

    [Fact]
    public void Min_is_the_lowest_value_max_the_highest_upper_end_and_latest_the_latest_day_with_undated_claims_last()
    {
        var comparison = ClaimComparisons.Compare("foreigners_killed", null,
        [
            Claim("claim:b", 678, knownFrom: "2025-11-20"),
            Claim("claim:a", 3388, asOf: "2025-11-19"),
            Claim("claim:c", 100, valueMax: 4000, asOf: "2024"),
            Claim("claim:d", 50),
        ]);

        Assert.Equal(["claim:c", "claim:a", "claim:b", "claim:d"], comparison.Claims.Select(c => c.Claim.Id));
        Assert.Equal("claim:d", comparison.Min!.Claim.Id);
        Assert.Equal("claim:c", comparison.Max!.Claim.Id);
        Assert.Equal("claim:b", comparison.Latest!.Claim.Id);
        Assert.True(comparison.Disagree);
    }

    [Fact]
    public void A_claim_about_two_subjects_is_compared_under_each_and_one_about_none_under_a_null_subject()
    {
        var both = Claim("claim:both", 10) with { SubjectIds = ["country:AA", "country:BB"] };
        var none = Claim("claim:none", 20) with { SubjectIds = [] };

        var groups = ClaimComparisons.Of([both, none], new Dictionary<string, GraphNode>());

        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.Null(g.Subject)); // no subject nodes were given: the groups still form
        Assert.Equal(["claim:both", "claim:both", "claim:none"], groups.Select(g => g.Claims.Single().Claim.Id));
    }

    [Fact]
    public void Every_metric_a_funnel_stage_reports_is_in_the_model_vocabulary()
    {
        Assert.All(FunnelStages.Metrics(), m => Assert.Contains(m, ClaimMetrics.Names));
        Assert.Equal(["OFFERED", "RECRUITED", "DEPLOYED", "CAPTURED", "KILLED", "MISSING", "REPATRIATED", "DESERTED"],
            FunnelStages.All.Select(s => s.Name));
    }
}
