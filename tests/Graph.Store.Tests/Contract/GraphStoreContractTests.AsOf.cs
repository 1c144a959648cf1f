using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>The graph as known on a day: validity of links and nodes, and known-from dates.</summary>
public abstract partial class GraphStoreContractTests
{
    [SkippableFact]
    public async Task Records_first_seen_after_the_day_are_not_yet_known()
    {
        Assert.Equal([Offer1, Offer3], await IdsAsync("Offer", SyntheticOffers, new DateOnly(2024, 6, 30)));
        Assert.Equal([Offer3], await IdsAsync("Offer", SyntheticOffers, new DateOnly(2024, 2, 29)));
        Assert.Equal([Offer1, Offer2, Offer3], await IdsAsync("Offer", SyntheticOffers));
    }

    [SkippableFact]
    public async Task Claims_are_known_from_their_as_of_date()
    {
        var day = new DateOnly(2025, 1, 1);
        var expected = SeedNodes("Claim").Where(c => Reference.Visible(c.Id, day)).Select(c => c.Id).Order(StringComparer.Ordinal);

        Assert.Equal(expected, await IdsAsync("Claim", Filter.And(), day));
    }

    [SkippableFact]
    public async Task Neighbours_as_of_a_day_follow_only_links_valid_that_day()
    {
        async Task<string[]> ServedOn(DateOnly day) =>
            [.. (await Store.GetNeighboursAsync(new NeighbourQuery([Unit], "SERVED_IN", EdgeDirection.Incoming) { AsOf = day })).Select(n => n.Node.Id)];

        Assert.Equal([Fighter1], await ServedOn(new DateOnly(2024, 4, 30)));
        Assert.Equal([Fighter1, Fighter2], await ServedOn(new DateOnly(2024, 5, 1)));
        Assert.Equal([Fighter1, Fighter2], await ServedOn(new DateOnly(2024, 8, 31)));
        Assert.Equal([Fighter1], await ServedOn(new DateOnly(2024, 9, 1)));
    }

    [SkippableFact]
    public async Task Relationship_filters_as_of_a_day_count_only_links_valid_that_day()
    {
        var operatesAChannel = Filter.And(Filter.StartsWith("id", "recruiter:t-"), Filter.Some("OPERATES", EdgeDirection.Outgoing));

        Assert.Empty(await IdsAsync("Recruiter", operatesAChannel, new DateOnly(2024, 3, 1)));
        Assert.Equal([Beta], await IdsAsync("Recruiter", operatesAChannel, new DateOnly(2024, 7, 1)));
        Assert.Empty(await IdsAsync("Recruiter", operatesAChannel, new DateOnly(2025, 1, 1)));
    }

    [SkippableFact]
    public async Task Sources_are_not_searchable_before_they_were_published()
    {
        Assert.Empty(await Store.SearchAsync(new SearchQuery("zanzibarian") { AsOf = new DateOnly(2024, 1, 9) }));
        Assert.Single(await Store.SearchAsync(new SearchQuery("zanzibarian") { AsOf = new DateOnly(2024, 1, 10) }));
    }
}
