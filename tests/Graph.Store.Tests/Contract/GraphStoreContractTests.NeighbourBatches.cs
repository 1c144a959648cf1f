using GraphServer.Store.Querying;

namespace GraphServer.Store.Tests.Contract;

/// <summary>NeighbourBatches: whole-graph readers get every neighbour once, in batches that never pass the bound.</summary>
public abstract partial class GraphStoreContractTests
{
    [SkippableFact]
    public async Task Neighbour_batches_hold_every_neighbour_once_never_more_than_the_bound_and_split_a_large_parent()
    {
        var countries = SeedNodes("Country").Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        var query = new NeighbourQuery(countries, "CITES", EdgeDirection.Outgoing);
        var all = await Store.GetNeighboursAsync(query);
        Assert.Contains(all.GroupBy(n => n.ParentId), g => g.Count() > 2); // a country citing three or more sources is split

        var batches = new List<IReadOnlyList<Neighbour>>();
        await foreach (var batch in NeighbourBatches.ReadAsync(Store, query, maxRows: 2))
        {
            batches.Add(batch);
        }

        Assert.All(batches, b => Assert.InRange(b.Count, 1, 2));
        var read = batches.SelectMany(b => b).Select(n => $"{n.ParentId}->{n.Edge.ToId}").ToList();
        Assert.Equal(all.Select(n => $"{n.ParentId}->{n.Edge.ToId}").Order(StringComparer.Ordinal), read.Order(StringComparer.Ordinal));
        Assert.Equal(read.Count, read.Distinct(StringComparer.Ordinal).Count());
        var parentsInOrder = batches.SelectMany(b => b.Select(n => n.ParentId)).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(countries.Where(parentsInOrder.Contains), parentsInOrder);
    }
}
