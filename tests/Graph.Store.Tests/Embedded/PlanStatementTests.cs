using GraphServer.Store.Planning;
using GraphServer.Store.Tests.Contract;
using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>
/// Issue 13 on the embedded store: a plan is one SQL statement for its root and one per depth of its selection tree, and
/// count-only selections that differ only in their filter (a funnel of status counts) are one grouped pass; the answers
/// stay those of the contract's calls made level by level (<see cref="LevelByLevelPlan"/>).
/// </summary>
public sealed class PlanStatementTests(EmbeddedStoreFixture fixture) : IClassFixture<EmbeddedStoreFixture>
{
    private static readonly string[] Statuses = ["recruited", "deployed", "captured", "killed", "missing", "repatriated"];

    [Fact]
    public async Task A_funnel_is_two_statements_and_counts_the_statuses_in_one_grouped_pass()
    {
        var statuses = Statuses.Select(s => CountOnly("CITIZEN_OF", Filter.Eq("status", s))).ToList();
        var active = CountOnly("CITIZEN_OF", Filter.In("status", "deployed", "killed"));
        var all = CountOnly("CITIZEN_OF", null);
        var offers = new PlanSelection(
            new NeighbourQuery([], "TARGETS", EdgeDirection.Incoming) { TakePerParent = 1, Order = [new("id", SortDirection.Ascending)] }, []) { Count = true };
        var plan = PlanQuery.ForLookup(new PlanLookup([Country, Alpha], "Country"), [offers, .. statuses, active, all]);

        PlanResult result;
        IReadOnlyList<string> texts;
        using (var spans = new StatementSpans())
        {
            result = await fixture.Store.RunPlanAsync(plan);
            texts = spans.Texts;
        }

        // The root lookup, then the whole first level: offers' rows, offers' count and eight citizen counts.
        Assert.Equal(2, texts.Count);
        var level = texts[1];
        Assert.Equal(7, Occurrences(level, "count(CASE WHEN"));
        Assert.Equal(2, Occurrences(level, "count(*)"));
        Assert.Equal(2, Occurrences(level, "GROUP BY"));
        Assert.Equal(1, Occurrences(level, "ROW_NUMBER()"));
        Assert.Contains("JOIN nodes AS n INDEXED BY ixid_status ON", level, StringComparison.Ordinal);

        Assert.Equal([0L, 1L, 1L, 1L, 0L, 0L, 2L, 3L], [.. statuses.Append(active).Append(all).Select(s => result.CountsOf(s)![Country])]);
        var expected = await LevelByLevelPlan.Over(fixture.Store).RunAsync(plan, CancellationToken.None);
        AssertSameAnswers(plan, expected, result);
    }

    [Fact]
    public async Task A_three_level_trace_is_one_statement_per_level_with_the_level_by_level_answers()
    {
        static PlanSelection Rows(string type, EdgeDirection direction, int take, params PlanSelection[] children) =>
            new(new NeighbourQuery([], type, direction) { TakePerParent = take, Order = [new("id", SortDirection.Descending)] }, children) { Count = true };
        var plan = PlanQuery.ForLookup(new PlanLookup([Fighter1, Fighter2, Fighter3], "Fighter"),
        [
            Rows("ANSWERED", EdgeDirection.Outgoing, 2, Rows("ADVERTISED_ON", EdgeDirection.Outgoing, 1), Rows("PLACED", EdgeDirection.Incoming, 3,
                Rows("RECRUITED", EdgeDirection.Outgoing, 1))),
            Rows("SERVED_IN", EdgeDirection.Outgoing, 5, Rows("DEPLOYED_TO", EdgeDirection.Outgoing, 5)),
            Rows("CITIZEN_OF", EdgeDirection.Outgoing, 1, CountOnly("CITIZEN_OF", Filter.Eq("status", "killed"))),
        ]);

        PlanResult result;
        IReadOnlyList<string> texts;
        using (var spans = new StatementSpans())
        {
            result = await fixture.Store.RunPlanAsync(plan);
            texts = spans.Texts;
        }

        Assert.Equal(4, texts.Count);
        Assert.Equal([3, 3, 1], texts.Skip(1).Select(t => Occurrences(t, "ROW_NUMBER()")));
        var expected = await LevelByLevelPlan.Over(fixture.Store).RunAsync(plan, CancellationToken.None);
        AssertSameAnswers(plan, expected, result);
        Assert.NotEmpty(result.RowsOf(plan.Selections[0].Children[1].Children[0]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_timeline_root_is_one_statement_whatever_its_hops_with_its_events_below_at_one_more_level(int hops)
    {
        string[] facts = [.. GraphServer.Model.RecruitmentModel.Instance.RelationshipTypes.Where(r => !r.IsCitation).Select(r => r.Type)];
        var location = new PlanSelection(new NeighbourQuery([], "AT", EdgeDirection.Outgoing) { TakePerParent = 1 }, []);
        var plan = PlanQuery.ForTimeline(new PlanTimeline("fighter:syn-001", hops, facts, "Event", "date", 20, 1_000), [location]);

        PlanResult result;
        IReadOnlyList<string> texts;
        using (var spans = new StatementSpans())
        {
            result = await fixture.Store.RunPlanAsync(plan);
            texts = spans.Texts;
        }

        // The walk (one CTE per hop), the cut, the events and their sources; then the level below the events.
        Assert.Equal(2, texts.Count);
        Assert.Equal(hops, Occurrences(texts[0], " NOT IN ("));
        Assert.NotEmpty(result.Root.Nodes);
        Assert.All(result.Root.Nodes, e => Assert.NotEmpty(e.Sources ?? []));
        var expected = await LevelByLevelPlan.Over(fixture.Store).RunAsync(plan, CancellationToken.None);
        Assert.Equal(expected.Distances, result.Distances);
        Assert.Equal(expected.Truncated, result.Truncated);
        AssertSameAnswers(plan, expected, result);
        Assert.NotEmpty(result.RowsOf(location));
    }

    private static PlanSelection CountOnly(string type, Filter? where) =>
        new(new NeighbourQuery([], type, EdgeDirection.Incoming) { Where = where, TakePerParent = 101 }, []) { Count = true, ReadsRows = false };

    private static void AssertSameAnswers(PlanQuery plan, PlanResult expected, PlanResult actual)
    {
        Assert.Equal(expected.Root.Nodes.Select(n => n.Id), actual.Root.Nodes.Select(n => n.Id));
        foreach (var selection in plan.AllSelections())
        {
            Assert.Equal(expected.ParentsOf(selection), actual.ParentsOf(selection));
            Assert.Equal(Describe(expected.RowsOf(selection)), Describe(actual.RowsOf(selection)));
            Assert.Equal(
                expected.CountsOf(selection)?.OrderBy(c => c.Key, StringComparer.Ordinal),
                actual.CountsOf(selection)?.OrderBy(c => c.Key, StringComparer.Ordinal));
        }
    }

    private static List<string> Describe(IEnumerable<Neighbour> rows) =>
        [.. rows.Select(r => $"{r.ParentId} {r.Edge.FromId}-{r.Edge.Type}->{r.Edge.ToId} {r.Node.Label} {r.Node.Id} " +
            string.Join(',', r.Node.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")))];

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
