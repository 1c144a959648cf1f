using GraphServer.Store.Planning;
using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// A plan's aggregates answer as <see cref="IGraphStore.AggregateAsync"/> does: a root aggregate over every match, a
/// selection's aggregate per parent of the selection (every parent a key, empty when it has none), in the call's order,
/// whether or not the selection reads rows or counts.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_plans_aggregates_answer_as_the_aggregate_call_does_over_every_match_and_per_parent(bool asOf)
    {
        DateOnly? day = asOf ? new DateOnly(2025, 6, 30) : null;
        var overall = new AggregateQuery("Fighter", [AggregateKey.Property("status")]) { AsOf = day };
        var perCountry = new AggregateQuery("Fighter", [AggregateKey.Property("status"), AggregateKey.Neighbour("SERVED_IN", EdgeDirection.Outgoing)])
        {
            AsOf = day,
            Parents = new AggregateParents([], "CITIZEN_OF", EdgeDirection.Incoming),
        };
        var citizens = new PlanSelection(new NeighbourQuery([], "CITIZEN_OF", EdgeDirection.Incoming) { AsOf = day }, [])
        {
            ReadsRows = false,
            Aggregates = [perCountry],
        };
        var page = new NodeQuery("Country")
        {
            Where = Filter.In("id", Country, "country:BY"), Order = [new("id", SortDirection.Ascending)], Take = 5, AsOf = day,
        };

        var result = await Store.RunPlanAsync(PlanQuery.ForPage(page, [citizens]) with { Aggregates = [overall] });

        var expectedOverall = await Store.AggregateAsync(overall);
        Assert.NotEmpty(expectedOverall);
        Assert.Equal(Describe(expectedOverall), Describe(result.BucketsOf(overall)[string.Empty]));
        var countries = result.Root.Nodes.Select(n => n.Id).ToList();
        Assert.Contains(Country, countries);
        var expected = (await Store.AggregateAsync(perCountry with { Parents = perCountry.Parents! with { Ids = countries } }))
            .ToLookup(b => b.ParentId!, StringComparer.Ordinal);
        Assert.Equal(countries.Order(StringComparer.Ordinal), result.BucketsOf(perCountry).Keys.Order(StringComparer.Ordinal));
        foreach (var country in countries)
        {
            Assert.Equal(Describe([.. expected[country]]), Describe(result.BucketsOf(perCountry)[country]));
        }

        Assert.NotEmpty(result.BucketsOf(perCountry)[Country]);
    }

    private static string Describe(IReadOnlyList<AggregateBucket> buckets) =>
        string.Join("; ", buckets.Select(b => $"{b.ParentId}: {string.Join(",", b.Keys.Select(k => k?.ToString() ?? "null"))} = {b.Count}"));
}
