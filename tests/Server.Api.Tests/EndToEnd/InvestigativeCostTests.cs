using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphServer.Api.Http;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// aggregate, claimComparisons and funnel have costs the cost limit understands: what a query costs grows with the groups
/// or comparisons it may return, and a query that could return too much is refused before it runs, naming the field.
/// </summary>
public sealed class InvestigativeCostTests : IAsyncLifetime
{
    private readonly GraphServerFactory _factory = new(GraphServerFactory.Embedded());
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("{ fighters { aggregate(groupBy: [STATUS], first: 5) { count } } }", "{ fighters { aggregate(groupBy: [STATUS], first: 50) { count } } }")]
    [InlineData("{ countries { nodes { citizens { aggregate(groupBy: [STATUS], first: 2) { count } } } } }",
        "{ countries { nodes { citizens { aggregate(groupBy: [STATUS], first: 20) { count } } } } }")]
    [InlineData("{ claimComparisons(first: 5) { metric claims { value } } }", "{ claimComparisons(first: 50) { metric claims { value } } }")]
    public async Task The_cost_grows_with_the_groups_a_field_may_return(string small, string large)
    {
        var smallCost = await CostAsync(small);
        var largeCost = await CostAsync(large);

        Assert.True(largeCost > 5 * smallCost, $"{smallCost} → {largeCost}");
    }

    [Fact]
    public async Task A_funnel_costs_its_eight_stages_and_their_reported_claims()
    {
        var bare = await CostAsync("""{ funnel(country: "country:KE") { country { id } } }""");
        var stages = await CostAsync("""{ funnel(country: "country:KE") { stages { stage counted reported { value } } } }""");

        Assert.True(stages >= bare + 8 * 10, $"{bare} → {stages}");
    }

    [Fact]
    public async Task Traces_ordered_by_outcome_date_cost_the_aggregate_they_read_and_other_orders_and_as_of_cost_nothing_more()
    {
        const string Selection = "{ nodes { fighter { id } } } }";
        var byId = await CostAsync("{ traces(first: 5) " + Selection);
        var byAlias = await CostAsync("{ traces(first: 5, order: { fighterAlias: DESC }) " + Selection);
        var byOutcome = await CostAsync("{ traces(first: 5, order: { outcomeDate: ASC }) " + Selection);
        var timeline = await CostAsync("""{ timeline(of: "country:KE", first: 5) { date } }""");
        var timelineAsOf = await CostAsync("""{ timeline(of: "country:KE", first: 5, asOf: "2025-01") { date } }""");

        Assert.Equal(byId, byAlias);
        Assert.Equal(byId + 49, byOutcome);
        Assert.Equal(timeline, timelineAsOf);
    }

    [Fact]
    public async Task An_aggregate_under_large_pages_is_refused_before_it_runs_and_the_message_names_it()
    {
        var (status, body) = await PostAsync(
            "{ recruiters(first: 500) { nodes { recruited(first: 500) { aggregate(groupBy: [STATUS], first: 500) { keys { value } count } } } } }");

        Assert.Equal(400, status);
        Assert.Null(body["data"]);
        var error = body["errors"]![0]!;
        Assert.Equal("COMPLEXITY", (string?)error["extensions"]!["code"]);
        Assert.Contains("aggregate", (string)error["message"]!, StringComparison.Ordinal);
    }

    private async Task<double> CostAsync(string query)
    {
        var (status, body) = await PostAsync(query);
        Assert.True(status == 200 && body["errors"] is null, body.ToJsonString());
        return body["extensions"]!["cost"]!["complexity"]!.GetValue<double>();
    }

    private async Task<(int Status, JsonNode Body)> PostAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Add(GraphQLHttpEndpoint.CostHeader, "report");
        using var response = await _client.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
