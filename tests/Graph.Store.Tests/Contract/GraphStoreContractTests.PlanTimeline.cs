using GraphServer.Store.Planning;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// A timeline plan's root answers exactly what <see cref="TimelineWalk"/> answers over the contract's calls (the
/// neighbourhood, then the kept events again with their sources): the same events in the same order, their distances,
/// their sources, and whether the node limit cut the walk, for node limits small enough to cut the walk at every hop.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly int[] TimelineNodeLimits = [1, 2, 5, 12, 40, 150, 1_000];

    [SkippableTheory]
    [InlineData("fighter:syn-001", 1, false, false)]
    [InlineData("fighter:syn-001", 2, false, false)]
    [InlineData("fighter:syn-001", 3, true, false)]
    [InlineData("country:UA", 2, false, true)]
    [InlineData("country:UA", 1, false, true)]
    [InlineData("fighter:syn-001", 2, true, true)]
    [InlineData("event:does-not-exist", 2, false, false)]
    public async Task A_timeline_plan_answers_as_the_walk_over_the_contract_calls_wherever_the_node_limit_cuts(
        string of, int hops, bool asOf, bool window)
    {
        var answered = 0;
        var cut = 0;
        foreach (var limit in TimelineNodeLimits)
        {
            var timeline = new PlanTimeline(of, hops, Facts, "Event", "date", First: 40, NodeLimit: limit)
            {
                AsOf = asOf ? new DateOnly(2025, 7, 31) : null,
                From = window ? new DateOnly(2024, 1, 1) : null,
                To = window ? new DateOnly(2025, 8, 31) : null,
            };
            var plan = PlanQuery.ForTimeline(timeline, []);

            var expected = await LevelByLevelPlan.Over(Store).RunAsync(plan, CancellationToken.None);
            var actual = await Store.RunPlanAsync(plan);

            Assert.Equal(expected.Truncated, actual.Truncated);
            Assert.Equal(expected.Distances, actual.Distances);
            Assert.Equal(DescribeEvents(expected.Root.Nodes), DescribeEvents(actual.Root.Nodes));
            answered += actual.Root.Nodes.Count > 0 ? 1 : 0;
            cut += actual.Truncated ? 1 : 0;
        }

        // Worth comparing: a real subject finds events under some limits and is cut under others; a missing one finds nothing.
        Assert.Equal(of.Contains("does-not-exist", StringComparison.Ordinal), answered == 0);
        Assert.Equal(of.Contains("does-not-exist", StringComparison.Ordinal), cut == 0);
    }

    private static List<string> DescribeEvents(IEnumerable<GraphNode> events) =>
        [.. events.Select(e => $"{e.Id} {e["date"]} [{string.Join(',', (e.Sources ?? []).Select(s => $"{s.Source.Id}:{s.Quote}"))}]")];
}
