using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>Keyset paging (AfterId) walks the same order as offsets, across ties and nulls.</summary>
public abstract partial class GraphStoreContractTests
{
    private async Task<List<string>> WalkByKeysetAsync(NodeQuery query)
    {
        var ids = new List<string>();
        while (true)
        {
            var page = await Store.FindNodesAsync(query with { AfterId = ids.Count == 0 ? null : ids[^1] });
            if (page.Nodes.Count == 0)
            {
                return ids;
            }

            ids.AddRange(page.Nodes.Select(n => n.Id));
        }
    }

    [SkippableTheory]
    [InlineData("Offer", "salaryAmount", false)]
    [InlineData("Offer", "salaryAmount", true)]
    [InlineData("Fighter", "status", true)]
    [InlineData("Claim", "asOf", false)]
    public async Task Walking_by_keyset_gives_the_same_order_as_one_big_page(string label, string property, bool descending)
    {
        var order = new SortField(property, descending ? SortDirection.Descending : SortDirection.Ascending);
        var all = await Store.FindNodesAsync(new NodeQuery(label) { Order = [order], Take = 10_000 });

        var walked = await WalkByKeysetAsync(new NodeQuery(label) { Order = [order], Take = 3 });

        Assert.Equal(all.Nodes.Select(n => n.Id), walked);
    }

    [SkippableFact]
    public async Task Keyset_paging_applies_filters_and_keeps_the_total_of_all_matches()
    {
        var page = await Store.FindNodesAsync(new NodeQuery("Offer")
        {
            Where = SyntheticOffers, Order = [new("salaryAmount", SortDirection.Descending)], AfterId = Offer3, Take = 1,
        });

        // Descending puts offer 3 (no salary) first; after it comes the highest salary.
        Assert.Equal([Offer2], page.Nodes.Select(n => n.Id));
        Assert.Equal(3, page.TotalCount);
    }

    [SkippableFact]
    public async Task Keyset_paging_after_an_unknown_id_is_an_empty_page_that_still_counts()
    {
        var page = await Store.FindNodesAsync(new NodeQuery("Fighter") { Where = SyntheticFighters, AfterId = "fighter:never-stored" });
        var unfiltered = await Store.FindNodesAsync(new NodeQuery("Fighter") { AfterId = "fighter:never-stored" });

        Assert.Empty(page.Nodes);
        Assert.Equal(3, page.TotalCount);
        Assert.Empty(unfiltered.Nodes);
        Assert.Equal(SeedNodes("Fighter").Count, unfiltered.TotalCount);
    }
}
