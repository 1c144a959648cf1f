using System.Collections.ObjectModel;
using GraphServer.Model;
using GraphServer.Store.Neo4j;

namespace GraphServer.Store.Tests.Neo4j;

/// <summary>Reading decoded property maps into the model's shapes, in place when the map holds only declared properties.</summary>
public sealed class Neo4jValuesTests
{
    private static readonly PropertyDefinition[] Declared =
    [
        new("id", PropertyKind.String, PropertyFlags.Required, "id"),
        new("aliases", PropertyKind.StringList, PropertyFlags.None, "aliases"),
        new("ratio", PropertyKind.Float, PropertyFlags.None, "ratio"),
        new("year", PropertyKind.Integer, PropertyFlags.None, "year"),
    ];

    [Fact]
    public void A_decoded_map_of_declared_properties_is_kept_and_normalised_in_place()
    {
        var decoded = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = "fighter-1",
            ["aliases"] = new List<object?> { "a", "b" },
            ["ratio"] = 2L,
            ["year"] = null, // a map projection names a missing property with null
        };

        var read = Neo4jValues.ReadProperties(decoded, Declared);

        Assert.Same(decoded, read);
        Assert.Equal(["aliases", "id", "ratio"], read.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b"], Assert.IsType<string[]>(read["aliases"]));
        Assert.Equal(2.0, Assert.IsType<double>(read["ratio"]));
        Assert.Equal("fighter-1", read["id"]);
    }

    [Fact]
    public void Reading_the_same_map_twice_gives_the_same_values()
    {
        var decoded = new Dictionary<string, object?> { ["id"] = "x", ["aliases"] = new List<object?> { "a" }, ["ratio"] = 0.5 };
        var first = Neo4jValues.ReadProperties(decoded, Declared).ToDictionary();
        var second = Neo4jValues.ReadProperties(decoded, Declared);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.Equal(["a"], Assert.IsType<string[]>(second["aliases"]));
        Assert.Equal(0.5, second["ratio"]);
    }

    [Fact]
    public void A_map_with_an_undeclared_property_is_copied_without_it()
    {
        var decoded = new Dictionary<string, object?> { ["id"] = "x", ["internalVersion"] = 3L, ["year"] = 2024L };

        var read = Neo4jValues.ReadProperties(decoded, Declared);

        Assert.NotSame(decoded, read);
        Assert.Equal(["id", "year"], read.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2024L, read["year"]);
    }

    [Fact]
    public void A_read_only_map_that_is_not_a_decoded_dictionary_is_copied_and_left_alone()
    {
        var inner = new Dictionary<string, object?> { ["id"] = "x", ["aliases"] = new List<object?> { "a" }, ["year"] = null };
        var raw = new ReadOnlyDictionary<string, object?>(inner);

        var read = Neo4jValues.ReadProperties(raw, Declared);

        Assert.Equal(["aliases", "id"], read.Keys.Order(StringComparer.Ordinal));
        Assert.IsType<List<object?>>(inner["aliases"]);
        Assert.True(inner.ContainsKey("year"));
    }
}
