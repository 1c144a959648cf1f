using GraphServer.Store.Neo4j;

namespace GraphServer.Store.Tests.Neo4j;

/// <summary>Every Neo4j ORDER BY ends with the id tie-break, once: an order already holding id gets no second id key.</summary>
public sealed class CypherOrderTests
{
    [Fact]
    public void An_order_without_id_ends_with_the_id_tie_break_on_the_node_it_orders()
    {
        Assert.Equal(["n.id ASC"], CypherOrder.IdTieBreak([], "n"));
        Assert.Equal(["pn3.id ASC"], CypherOrder.IdTieBreak([new SortField("alias", SortDirection.Descending)], "pn3"));
    }

    [Theory]
    [InlineData(SortDirection.Ascending)]
    [InlineData(SortDirection.Descending)]
    public void An_order_by_id_in_either_direction_gets_no_second_id_key(SortDirection direction)
    {
        Assert.Empty(CypherOrder.IdTieBreak([new SortField("id", direction)], "n"));
        Assert.Empty(CypherOrder.IdTieBreak([new SortField("salaryAmount", SortDirection.Ascending), new SortField("id", direction)], "n"));
    }
}
