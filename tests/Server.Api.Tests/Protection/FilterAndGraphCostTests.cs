using GraphServer.Api.Tests.Http;

namespace GraphServer.Api.Tests.Protection;

/// <summary>
/// Filters are arguments, not fields: however deep a where goes, it adds nothing to the cost (the store's filter
/// limits bound it instead). Search, paths and neighborhood cost what their first lets them return.
/// </summary>
public sealed class FilterAndGraphCostTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    [Fact]
    public async Task A_deep_where_costs_nothing_more_than_the_same_query_without_it()
    {
        const string Plain = "{ countries(first: 20) { nodes { id targetedBy(first: 5) { nodes { id } } } } }";
        const string Filtered = "{ countries(first: 20, where: { or: [{ region: { eq: \"East Africa\" } }, "
            + "{ targetedBy: { some: { placedBy: { some: { kind: { in: [AGENCY, INFLUENCER] } } } } } }] }) "
            + "{ nodes { id targetedBy(first: 5, where: { benefits: { some: { eq: \"visa\" } } }) { nodes { id } } } } }";

        var plain = await CostAsync(Plain);
        var filtered = await CostAsync(Filtered);

        Assert.Equal(1 + 1 + (20 * (1 + 1 + 1 + 5)), plain);
        Assert.Equal(plain, filtered);
    }

    [Fact]
    public async Task Search_and_neighborhood_cost_what_first_allows()
    {
        // search 1 + 7 hits × (score 1 + node 1 + id 1).
        Assert.Equal(1 + (7 * 3), await CostAsync("{ search(text: \"Kenya\", first: 7) { score node { id } } }"));

        // neighborhood 1 + truncated 1 + nodes (1 + 200 × id 1) + relationships (1 + 200 × (from 1 + to 1)).
        Assert.Equal(1 + 1 + (1 + 200) + (1 + (200 * 2)), await CostAsync(
            "{ neighborhood(ids: [\"country:KE\"], first: 200) { truncated nodes { id } relationships { from to } } }"));
    }

    private async Task<double> CostAsync(string query)
    {
        var response = await server.SendAsync(Requests.Post(new { query, extensions = new { cost = true } }));
        var body = response.ParseJson();
        Assert.Null(body["errors"]);
        return body["extensions"]!["cost"]!["complexity"]!.GetValue<double>();
    }
}
