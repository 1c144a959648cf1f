using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>Counts grouped by a property, largest first, then by key with nulls last.</summary>
public abstract partial class GraphStoreContractTests
{
    private async Task<(object? Key, long Count)[]> CountsAsync(AggregateQuery query) =>
        [.. (await Store.AggregateAsync(query)).Select(b => (b.Key, b.Count))];

    [SkippableFact]
    public async Task Fighters_are_counted_by_status()
    {
        var counts = await CountsAsync(new AggregateQuery("Fighter", "status") { Where = SyntheticFighters });

        Assert.Equal([("captured", 1L), ("deployed", 1L), ("killed", 1L)], counts);
    }

    [SkippableFact]
    public async Task Offers_without_the_property_form_the_null_bucket_last()
    {
        var counts = await CountsAsync(new AggregateQuery("Offer", "salaryCurrency") { Where = SyntheticOffers, AsOf = new DateOnly(2024, 6, 30) });

        Assert.Equal([("USD", 1L), (null, 1L)], counts);
        Assert.Equal([("USD", 2L), (null, 1L)], await CountsAsync(new AggregateQuery("Offer", "salaryCurrency") { Where = SyntheticOffers }));
    }

    [SkippableFact]
    public async Task A_list_property_counts_each_item()
    {
        var counts = await CountsAsync(new AggregateQuery("Offer", "benefits") { Where = SyntheticOffers });

        Assert.Equal([("healthcare", 1L), ("passport", 1L), ("visa", 1L)], counts);
    }

    [SkippableFact]
    public async Task Claims_by_metric_match_the_seed()
    {
        var expected = SeedNodes("Claim")
            .GroupBy(c => (string)c.Properties["metric"]!)
            .Select(g => ((object?)g.Key, (long)g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => (string)x.Item1!, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(expected, await CountsAsync(new AggregateQuery("Claim", "metric")));
    }

    [SkippableFact]
    public async Task Numbers_group_as_numbers()
    {
        var counts = await CountsAsync(new AggregateQuery("Offer", "salaryAmount") { Where = Filter.And(SyntheticOffers, Filter.IsNull("salaryAmount", false)) });

        Assert.Equal([(2000.0, 1L), (2500.0, 1L)], counts.Select(c => ((double)c.Key!, c.Count)));
    }
}
