using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Support;
using GraphServer.Tests.Shared;
using Xunit.Abstractions;
using static GraphServer.Api.Tests.Loading.RequestShapes;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// Issue 13's statement count for the shapes that used to fall back: a timeline (its walk, its cut by date and distance,
/// its events' sources and the fields asked of the events), aggregates on root and relationship connections, and the
/// fields asked of union-typed nodes inside claim comparisons and a funnel (<c>statedBy</c>, <c>subject</c>). Each is
/// ONE Bolt statement on Neo4j and answers exactly what the DataLoader path answers; on the embedded store each reads
/// in one read transaction with the same answers.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class OneStatementInvestigativeTests(ITestOutputHelper output)
{
    private static readonly Shape[] Shapes =
    [
        new("TimelineNested", """
            query TimelineNested($id: ID!) {
              timeline(of: $id, hops: 2) { date datePrecision distance sources { id publishedAt }
                event { id kind date location { id name } subjects { totalCount nodes { id } } actors(first: 2) { nodes { ... on Node { id } } } } } }
            """, new { id = "fighter:syn-001" }),
        new("TimelineWindow", """
            query TimelineWindow($id: ID!) {
              timeline(of: $id, hops: 1, from: "2025", to: "2025-08", first: 5) { date datePrecision distance sources { id }
                event { id location { id } } } }
            """, new { id = "country:UA" }),
        new("TimelineAsOf", """
            query TimelineAsOf($id: ID!) {
              timeline(of: $id, hops: 2, asOf: "2025-07") { date distance sources { id publishedAt } event { id subjects { nodes { id } } } } }
            """, new { id = "fighter:syn-001" }),
        new("TimelineNowhere", """
            query TimelineNowhere { timeline(of: "event:nothing", hops: 3) { date event { id location { id } } } }
            """, new { }),
        new("AggregateNothingMatches", """
            query AggregateNothingMatches {
              fighters(first: 3, where: { status: { eq: RECRUITED } }) { aggregate(groupBy: [STATUS]) { count } nodes { id answered { totalCount } } } }
            """, new { }),
        new("ClaimComparisonsUnion", """
            query ClaimComparisonsUnion {
              claimComparisons(first: 50) { metric
                subject { ... on Node { id } ... on Country { name citizens { totalCount } } ... on Organization { statements { totalCount } } }
                claims { value statedBy { ... on Node { id } ... on Person { name statements(first: 3, order: [{ id: ASC }]) { nodes { id } } }
                  ... on Organization { name statements { totalCount } } } }
                latest { statedBy { ... on Organization { actedIn { totalCount } } } } } }
            """, new { }),
        new("ClaimComparisonsAboutUnion", """
            query ClaimComparisonsAboutUnion($id: ID!) {
              claimComparisons(about: $id) { metric subject { ... on Country { name targetedBy { totalCount } } }
                claims { value statedBy { ... on Person { statements { totalCount } } ... on Organization { name statements { totalCount } } } } } }
            """, new { id = "country:KE" }),
        new("FunnelUnion", """
            query FunnelUnion($id: ID!) {
              funnel(country: $id) { stages { stage counted reported { value statedBy { ... on Node { id } ... on Organization { statements { totalCount } } } } } } }
            """, new { id = "country:KE" }),
        Named("AggregateRoot"),
        Named("AggregateNested"),
        new("AggregateBoth", """
            query AggregateBoth {
              fighters(first: 3, where: { status: { in: [CAPTURED, KILLED] } }, order: [{ id: ASC }]) {
                aggregate(groupBy: [CITIZEN_OF, STATUS], first: 4) { keys { key value } count }
                byStatus: aggregate(groupBy: [STATUS]) { count }
                nodes { id answered { aggregate(groupBy: [LANGUAGE]) { keys { value } count } totalCount }
                  citizenOf { nodes { id targetedBy { aggregate(groupBy: [PLACED_BY, LANGUAGE]) { keys { value } count } } } } } } }
            """, new { }),
    ];

    [SkippableFact]
    public async Task On_neo4j_timelines_aggregates_and_union_typed_answers_are_one_bolt_statement_with_the_dataloader_answers()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();

        var (compiled, loaded) = await CompiledAgainstLoaded.OneStatementOnNeo4jAsync(Shapes, output);
        foreach (var shape in Shapes.Where(s => s.Name != "TimelineNowhere"))
        {
            Assert.True(loaded[shape.Name].Statements.Count > 1, $"{shape.Name} costs several statements without the compiler");
        }

        AssertSomethingFound(compiled);
    }

    [Fact]
    public async Task On_the_embedded_store_the_same_shapes_read_in_one_read_transaction_with_the_dataloader_answers()
    {
        var (compiled, _) = await CompiledAgainstLoaded.OneStoreCallEmbeddedAsync(Shapes, output);

        AssertSomethingFound(compiled);
        foreach (var (name, budget) in EmbeddedTimelineBudgets)
        {
            var sql = compiled[name].Sql.Where(q => !q.DisplayName.Contains("PRAGMA", StringComparison.Ordinal)).ToList();
            var listing = string.Join("\n", sql.Select(q => q.DisplayName));
            Assert.True(sql.Count <= budget, $"{name}: {sql.Count} statements (budget {budget}):\n{listing}");
        }
    }

    /// <summary>
    /// SQL statements of the timelines on the embedded store: the walk, the cut, the events and their sources are one
    /// statement, then one per depth of the fields asked of the events (none when no event was kept). Budgets only go down.
    /// </summary>
    private static readonly Dictionary<string, int> EmbeddedTimelineBudgets = new(StringComparer.Ordinal)
    {
        ["TimelineNested"] = 2, ["TimelineWindow"] = 2, ["TimelineAsOf"] = 2, ["TimelineNowhere"] = 1,
    };

    /// <summary>The answers are worth comparing: each shape found what the seed holds at its deepest level.</summary>
    private static void AssertSomethingFound(
        Dictionary<string, (System.Text.Json.Nodes.JsonNode Answer, List<System.Diagnostics.Activity> Statements, List<System.Diagnostics.Activity> Sql)> answers)
    {
        string Of(string name) => answers[name].Answer.ToJsonString();
        Assert.Contains("\"subjects\":{\"totalCount\":", Of("TimelineNested"), StringComparison.Ordinal);
        Assert.Contains("\"location\":{\"id\":\"location:", Of("TimelineNested"), StringComparison.Ordinal);
        Assert.Contains("\"distance\":2", Of("TimelineNested"), StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2025", Of("TimelineWindow"), StringComparison.Ordinal);
        Assert.Contains("\"timeline\":[]", Of("TimelineNowhere"), StringComparison.Ordinal);
        Assert.Contains("\"aggregate\":[{\"keys\":[{\"key\":\"LANGUAGE\"", Of("AggregateRoot"), StringComparison.Ordinal);
        Assert.Contains("\"aggregate\":[{\"keys\":[{\"value\":", Of("AggregateNested"), StringComparison.Ordinal);
        Assert.Contains("\"key\":\"CITIZEN_OF\"", Of("AggregateBoth"), StringComparison.Ordinal);
        Assert.Contains("\"aggregate\":[],\"nodes\":[]", Of("AggregateNothingMatches"), StringComparison.Ordinal);
        Assert.Contains("\"statements\":{\"totalCount\":", Of("ClaimComparisonsUnion"), StringComparison.Ordinal);
        Assert.Contains("\"citizens\":{\"totalCount\":", Of("ClaimComparisonsUnion"), StringComparison.Ordinal);
        Assert.Contains("\"targetedBy\":{\"totalCount\":", Of("ClaimComparisonsAboutUnion"), StringComparison.Ordinal);
        Assert.Contains("\"statements\":{\"totalCount\":", Of("FunnelUnion"), StringComparison.Ordinal);
    }

    private static Shape Named(string name) => Investigative.Single(s => s.Name == name);
}
