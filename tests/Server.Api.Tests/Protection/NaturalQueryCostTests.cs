using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.Protection;

/// <summary>
/// Issue 14: the questions investigators ask fit under the default cost limit at default page sizes (a relationship
/// field without first counts, and returns, 10 per parent), while a query that asks for a thousand at every level is
/// still refused, with an error that names the fields that cost most and says to add first. Costs are measured on an
/// empty store (they depend on the query alone); what the Iraq queries answer is checked on both seeded stores.
/// </summary>
public sealed class NaturalQueryCostTests(UnseededServerFixture server) : IClassFixture<UnseededServerFixture>
{
    /// <summary>Iraq's offers with their channels and recruiters (the query of the issue).</summary>
    internal const string IraqOffers = """
        { countries(where: { iso2: { eq: "IQ" } }) { nodes { name targetedBy { nodes { promisedRole salaryAmount
          advertisedOn { nodes { platform handle } } placedBy { nodes { name } } } } } } }
        """;

    /// <summary>The same, one level further: the channels' operators.</summary>
    internal const string IraqOffersWithOperators = """
        { countries(where: { iso2: { eq: "IQ" } }) { nodes { name targetedBy { nodes { promisedRole salaryAmount
          advertisedOn { nodes { platform handle operatedBy { nodes { name } } } } placedBy { nodes { name } } } } } } }
        """;

    private const string ThousandAtEveryLevel = """
        { countries(first: 1000) { nodes { targetedBy(first: 1000) { nodes { advertisedOn(first: 1000) { nodes {
          operatedBy(first: 1000) { nodes { name } } } } } } } } }
        """;

    [Fact]
    public async Task The_iraq_query_costs_its_default_pages_and_is_accepted()
    {
        // countries 1 + nodes 1; 50 countries × (name, targetedBy, its nodes) = 150; 500 offers × 4 fields = 2,000;
        // 500 × (advertisedOn's nodes, placedBy's nodes) = 1,000; 5,000 channels × (platform, handle) = 10,000;
        // 5,000 recruiters × name = 5,000. A root page holds 50, a relationship page 10 per parent.
        Assert.Equal(1 + 1 + 150 + 2_000 + 1_000 + 10_000 + 5_000, await AcceptedCostAsync(IraqOffers));
    }

    [Fact]
    public async Task The_iraq_query_with_the_channels_operators_is_accepted_too()
    {
        // As above, plus operatedBy and its nodes under each of 5,000 channels (10,000) and name under 50,000 (50,000).
        Assert.Equal(18_152 + 10_000 + 50_000, await AcceptedCostAsync(IraqOffersWithOperators));
    }

    [Fact]
    public async Task A_thousand_at_every_level_is_refused_naming_the_costliest_fields_and_first()
    {
        var response = await server.SendAsync(Requests.Post(new { query = ThousandAtEveryLevel }));

        Assert.Equal(400, response.Status);
        var error = response.ParseJson()["errors"]![0]!;
        Assert.Equal("COMPLEXITY", error["extensions"]!["code"]!.GetValue<string>());
        // Own costs: countries and nodes 1 each, targetedBy and nodes 10^3 each, advertisedOn and nodes 10^6 each,
        // operatedBy and nodes 10^9 each, name 10^12.
        Assert.Equal(
            "Query is too complex: it costs 1,002,002,002,002 and this server allows at most 200,000. Costliest fields: "
            + "countries costs 1,002,002,002,002 (first: 1,000); "
            + "countries.nodes.targetedBy costs 1,002,002,002,000 (first: 1,000); "
            + "countries.nodes.targetedBy.nodes.advertisedOn costs 1,002,002,000,000 (first: 1,000). "
            + "Add first (a smaller page) to these fields, or select less under them, and follow the cursors for more.",
            error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unpaged_field_over_the_limit_is_named_with_its_default_page()
    {
        // 50 countries × 10 offers × 10 countries × 10 offers × 10 countries: the default pages alone go over.
        var response = await server.SendAsync(Requests.Post(new
        {
            query = "{ countries { nodes { targetedBy { nodes { targets { nodes { targetedBy { nodes { targets { nodes { id name iso2 } } } } } } } } } } }",
        }));

        var message = response.ParseJson()["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("countries costs 1,611,102 (default page: 50)", message, StringComparison.Ordinal);
        Assert.Contains("countries.nodes.targetedBy costs 1,611,100 (default page: 10)", message, StringComparison.Ordinal);
        Assert.Contains("Add first", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_depth_error_names_the_one_limit_it_broke()
    {
        // countries, nodes, three times (targetedBy, nodes, targets, nodes), then targetedBy, nodes, id: 17 levels.
        var query = "{ countries(first: 1) { nodes { "
            + string.Concat(Enumerable.Repeat("targetedBy(first: 1) { nodes { targets(first: 1) { nodes { ", 3))
            + "targetedBy(first: 1) { nodes { id" + new string('}', 14) + " } } }";

        var response = await server.SendAsync(Requests.Post(new { query }));

        Assert.Equal(400, response.Status);
        Assert.Equal(
            "Query is too deeply nested: this server allows at most 15 levels of fields and this query has 17.",
            response.ParseJson()["errors"]![0]!["message"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Both_stores_answer_the_iraq_queries_alike_with_offers_channels_and_operators()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var embedded = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), IraqOffers, IraqOffersWithOperators);
        var neo4j = await GraphServerFactory.RunAllAsync(GraphServerFactory.Neo4j(), IraqOffers, IraqOffersWithOperators);

        foreach (var answer in embedded.Concat(neo4j))
        {
            Assert.Null(answer!["errors"]);
            var iraq = Assert.Single(answer["data"]!["countries"]!["nodes"]!.AsArray())!;
            Assert.Equal("Iraq", iraq["name"]!.GetValue<string>());
            var offers = iraq["targetedBy"]!["nodes"]!.AsArray();
            Assert.NotEmpty(offers.SelectMany(o => o!["advertisedOn"]!["nodes"]!.AsArray()));
            Assert.Contains(offers, o => o!["placedBy"]!["nodes"]!.AsArray().Count > 0);
        }

        Assert.Contains(embedded[1]!["data"]!["countries"]!["nodes"]![0]!["targetedBy"]!["nodes"]!.AsArray(),
            o => o!["advertisedOn"]!["nodes"]!.AsArray().Any(c => c!["operatedBy"]!["nodes"]!.AsArray().Count > 0));
        Assert.Equal(embedded.ToJsonString(), neo4j.ToJsonString());
    }

    private async Task<double> AcceptedCostAsync(string query)
    {
        var response = await server.SendAsync(Requests.Post(new { query, extensions = new { cost = true } }));
        var body = response.ParseJson();
        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.NotNull(body["data"]!["countries"]);
        return body["extensions"]!["cost"]!["complexity"]!.GetValue<double>();
    }
}
