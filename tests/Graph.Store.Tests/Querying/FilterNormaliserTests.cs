using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Tests.Querying;

public sealed class FilterNormaliserTests
{
    private static readonly FilterNormaliser Normaliser = new(RecruitmentModel.Instance);

    [Fact]
    public void Values_are_brought_to_the_kind_of_their_property()
    {
        var filter = Normaliser.Normalise(Filter.And(Filter.Gt("salaryAmount", 2000L), Filter.Lte("firstSeen", new DateOnly(2024, 6, 30))), ["Offer"]);

        var operands = ((AndFilter)filter!).Operands.Cast<PropertyFilter>().ToList();
        Assert.Equal(2000.0, operands[0].Value);
        Assert.Equal("2024-06-30", operands[1].Value);
    }

    [Fact]
    public void A_neighbour_condition_is_checked_against_the_labels_at_the_far_end()
    {
        var filter = Normaliser.Normalise(Filter.Some("ABOUT", EdgeDirection.Outgoing, Filter.Eq("iso2", "KE")), ["Claim"]);

        Assert.Equal("KE", ((PropertyFilter)((RelationshipFilter)filter!).Where!).Value);
        var error = Assert.Throws<ArgumentException>(() => Normaliser.Normalise(Filter.Some("ABOUT", EdgeDirection.Outgoing, Filter.Eq("alias", "x")), ["Claim"]));
        Assert.Equal("'alias' is not a property of Country or Organization or Unit or Location.", error.Message);
    }

    [Fact]
    public void Substrings_of_enumerated_values_are_not_checked_against_the_list_but_equality_is()
    {
        Assert.NotNull(Normaliser.Normalise(Filter.StartsWith("status", "capt"), ["Fighter"]));
        var error = Assert.Throws<ArgumentException>(() => Normaliser.Normalise(Filter.In("status", "captured", "on leave"), ["Fighter"]));
        Assert.Contains("'on leave' is not one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_from_the_public_api_are_bounded_in_depth_and_list_size()
    {
        var deep = Filter.Eq("status", "killed");
        for (var i = 0; i <= FilterNormaliser.MaxDepth; i++)
        {
            deep = Filter.Not(deep);
        }

        Assert.Throws<ArgumentException>(() => Normaliser.Normalise(deep, ["Fighter"]));
        var many = Enumerable.Range(0, FilterNormaliser.MaxInValues + 1).Select(i => (object)$"fighter:{i}").ToArray();
        Assert.Throws<ArgumentException>(() => Normaliser.Normalise(Filter.In("id", many), ["Fighter"]));
        // A string is a sequence of characters, not a list of values.
        Assert.Throws<ArgumentException>(() => Normaliser.Normalise(new PropertyFilter("id", FilterOperator.In, "fighter:1"), ["Fighter"]));
    }

    [Fact]
    public void All_needs_a_condition_and_relationships_must_fit_the_label()
    {
        Assert.Throws<ArgumentException>(() => Normaliser.Normalise(new RelationshipFilter("ANSWERED", EdgeDirection.Incoming, Quantifier.All, null), ["Offer"]));
        var error = Assert.Throws<ArgumentException>(() => Normaliser.Normalise(Filter.Some("ANSWERED", EdgeDirection.Outgoing), ["Offer"]));
        Assert.Equal("Offer has no outgoing ANSWERED relationships.", error.Message);
    }
}
