namespace GraphServer.Model.Tests;

public sealed class PropertyValuesTests
{
    private static PropertyDefinition Property(PropertyKind kind, PropertyFlags flags = PropertyFlags.None, params string[] allowed) =>
        new("p", kind, flags, "test") { AllowedValues = allowed.Length == 0 ? null : allowed };

    [Theory]
    [InlineData(PropertyKind.Float, 2100L, 2100.0)]
    [InlineData(PropertyKind.Float, 2.5, 2.5)]
    [InlineData(PropertyKind.Integer, 7.0, 7L)]
    [InlineData(PropertyKind.String, "Kenya", "Kenya")]
    [InlineData(PropertyKind.Date, "2025-11-19", "2025-11-19")]
    [InlineData(PropertyKind.Date, "2025-11", "2025-11")]
    [InlineData(PropertyKind.Date, "2025", "2025")]
    [InlineData(PropertyKind.Boolean, true, true)]
    public void Raw_values_are_brought_to_the_one_shape_of_their_kind(PropertyKind kind, object raw, object expected)
    {
        Assert.True(PropertyValues.TryNormalize(Property(kind), raw, out var value, out var error), error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(PropertyKind.Date, "19/11/2025", "expects a date as yyyy, yyyy-MM or yyyy-MM-dd, got \"19/11/2025\"")]
    [InlineData(PropertyKind.Integer, 2.5, "expects an integer, got 2.5")]
    [InlineData(PropertyKind.Boolean, "yes", "expects true or false, got \"yes\"")]
    [InlineData(PropertyKind.StringList, "passport", "expects a list of strings, got \"passport\"")]
    public void Values_of_the_wrong_kind_are_refused_with_a_reason(PropertyKind kind, object raw, string reason)
    {
        Assert.False(PropertyValues.TryNormalize(Property(kind), raw, out _, out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void Enumerated_values_outside_the_list_are_refused_naming_the_choices()
    {
        Assert.False(PropertyValues.TryNormalize(Property(PropertyKind.StringList, PropertyFlags.None, "visa", "passport"),
            new[] { "visa", "salary" }, out _, out var error));
        Assert.Equal("'salary' is not one of visa, passport", error);
    }

    [Fact]
    public void A_missing_required_value_is_refused_and_a_missing_optional_one_is_null()
    {
        Assert.False(PropertyValues.TryNormalize(Property(PropertyKind.String, PropertyFlags.Required), null, out _, out var error));
        Assert.Equal("is required", error);
        Assert.True(PropertyValues.TryNormalize(Property(PropertyKind.String), null, out var value, out _));
        Assert.Null(value);
    }
}
