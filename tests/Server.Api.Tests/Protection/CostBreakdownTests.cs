using GraphServer.Api.Protection;

namespace GraphServer.Api.Tests.Protection;

/// <summary>The arithmetic behind the too-complex error, fed by hand the way the analyzer visits fields.</summary>
public sealed class CostBreakdownTests
{
    [Fact]
    public void A_field_costs_its_impact_times_the_pages_above_it_and_its_subtree_adds_up()
    {
        var breakdown = new CostBreakdown();
        breakdown.Record(["countries"], 1, 1, takesFirst: true, firstGiven: false);
        breakdown.Record(["countries", "nodes"], 1, 50, takesFirst: false, firstGiven: false);
        breakdown.Record(["countries", "nodes", "name"], 1, 1, takesFirst: false, firstGiven: false);
        breakdown.Record(["countries", "nodes", "offers"], 1, 10, takesFirst: true, firstGiven: false);
        breakdown.Record(["countries", "nodes", "offers", "id"], 1, 1, takesFirst: false, firstGiven: false);
        breakdown.Record(["countries", "nodes", "people"], 1, 3, takesFirst: true, firstGiven: true);
        breakdown.Record(["countries", "nodes", "people", "id"], 1, 1, takesFirst: false, firstGiven: false);
        // The same path again (a second fragment selecting it) counts twice.
        breakdown.Record(["countries", "nodes", "people", "id"], 1, 1, takesFirst: false, firstGiven: false);

        var costliest = breakdown.Costliest(3);

        // countries 1 + nodes 1 + 50 × (name, offers, people) + 500 × id + 2 × 150 × id.
        Assert.Equal(
            [
                new PagedFieldCost("countries", 1 + 1 + 150 + 500 + 300, 50, FirstGiven: false),
                new PagedFieldCost("countries.nodes.offers", 50 + 500, 10, FirstGiven: false),
                new PagedFieldCost("countries.nodes.people", 50 + 300, 3, FirstGiven: true),
            ],
            costliest);
        Assert.Equal(
            "Query is too complex: it costs 952 and this server allows at most 100. Costliest fields: countries costs 952 (default page: 50); "
            + "countries.nodes.offers costs 550 (default page: 10); countries.nodes.people costs 350 (first: 3). "
            + "Add first (a smaller page) to these fields, or select less under them, and follow the cursors for more.",
            breakdown.Explain(952, 100));
    }
}
