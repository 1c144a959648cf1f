using GraphServer.Schema.Filtering;
using GraphServer.Store;

namespace GraphServer.Schema.Tests.Filtering;

/// <summary>What a where argument becomes in the store's filter AST, read back as canonical text.</summary>
public sealed class WhereTranslationTests
{
    [Theory]
    [InlineData("{ region: { eq: \"East Africa\" } }", "eq(region,\"East Africa\")")]
    [InlineData("{ region: { eq: null } }", "isNull(region,true)")]
    [InlineData("{ region: { neq: null } }", "isNull(region,false)")]
    [InlineData("{ iso2: { in: [\"KE\", \"IN\"] } }", "in(iso2,[\"KE\",\"IN\"])")]
    [InlineData("{ iso2: { nin: [\"KE\"] } }", "not(in(iso2,[\"KE\"]))")]
    [InlineData("{ name: { contains: \"ken\", nstartsWith: \"Z\" } }", "and(contains(name,\"ken\"),not(startsWith(name,\"Z\")))")]
    [InlineData("{ name: { ncontains: \"a\", startsWith: \"K\" } }", "and(not(contains(name,\"a\")),startsWith(name,\"K\"))")]
    [InlineData("{ id: { eq: \"country:KE\" } }", "eq(id,\"country:KE\")")]
    [InlineData("{ synthetic: { eq: false } }", "eq(synthetic,false)")]
    [InlineData("{ validFrom: { gte: \"2024-01-01\", lt: \"2025-01-01\" } }", "and(gte(validFrom,\"2024-01-01\"),lt(validFrom,\"2025-01-01\"))")]
    [InlineData("{ confidence: { in: [CONFIRMED, REPORTED] } }", "in(confidence,[\"confirmed\",\"reported\"])")]
    [InlineData("{ validFrom: { gte: \"2024\" } }", "gte(validFrom,\"2024\")")]
    [InlineData("{ or: [{ iso2: { eq: \"KE\" } }, { region: { eq: \"South Asia\" } }] }", "or(eq(iso2,\"KE\"),eq(region,\"South Asia\"))")]
    [InlineData("{ and: [{ iso2: { eq: \"KE\" } }, {}] }", "and(eq(iso2,\"KE\"),and())")]
    [InlineData("{ targetedBy: { any: true } }", "some(TARGETS<)")]
    [InlineData("{ targetedBy: { any: false } }", "none(TARGETS<)")]
    [InlineData("{ targetedBy: { some: { salaryAmount: { gte: 2000 } } } }", "some(TARGETS<,gte(salaryAmount,2000))")]
    [InlineData("{ targetedBy: { all: { language: { eq: \"ar\" } } } }", "all(TARGETS<,eq(language,\"ar\"))")]
    [InlineData("{ targetedBy: { none: { placedBy: { some: { kind: { eq: AGENCY } } } } } }",
        "none(TARGETS<,some(PLACED<,eq(kind,\"agency\")))")]
    [InlineData("{ sources: { some: {} } }", "some(CITES>)")]
    [InlineData("{ sources: { some: { kind: { eq: OFFICIAL_STATEMENT } } } }", "some(CITES>,eq(kind,\"official_statement\"))")]
    [InlineData("{ claims: { some: { metric: { isNull: false } } } }", "some(ABOUT<,isNull(metric,false))")]
    public async Task A_where_on_countries_becomes_this_filter(string where, string expected)
    {
        var store = new RecordingStore();

        var result = await SchemaRunner.RunAsync(store, $"{{ countries(where: {where}) {{ totalCount }} }}");

        Assert.Null(result["errors"]);
        Assert.Equal(expected, FilterText.Of(Assert.Single(store.NodeQueries).Where));
    }

    [Fact]
    public async Task Float_and_date_operations_reach_the_store_with_their_values()
    {
        var store = new RecordingStore();

        await SchemaRunner.RunAsync(store, "{ claims(where: { value: { gte: 1000, lt: 2.5e4 }, asOf: { in: [\"2025-01-01\"] } }) { totalCount } }");

        var filter = Assert.IsType<AndFilter>(Assert.Single(store.NodeQueries).Where);
        var gte = Assert.IsType<PropertyFilter>(filter.Operands[0]);
        Assert.Equal(("value", FilterOperator.Gte), (gte.Property, gte.Operator));
        Assert.Equal(1000d, Convert.ToDouble(gte.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("and(gte(value,1000),lt(value,25000),in(asOf,[\"2025-01-01\"]))", FilterText.Of(filter));
    }

    [Fact]
    public async Task A_where_given_as_a_variable_translates_like_the_same_literal()
    {
        var literal = new RecordingStore();
        var variable = new RecordingStore();
        const string Where = "{ value: { gte: 1000, in: [1, 2.5] }, asOf: { eq: null }, sources: { some: { publisher: { nin: [\"CNN\"] } } } }";

        await SchemaRunner.RunAsync(literal, $"{{ claims(where: {Where}) {{ totalCount }} }}");
        var result = await SchemaRunner.RunAsync(variable, "query($w: ClaimFilterInput) { claims(where: $w) { totalCount } }",
            """{ "w": { "value": { "gte": 1000, "in": [1, 2.5] }, "asOf": { "eq": null }, "sources": { "some": { "publisher": { "nin": ["CNN"] } } } } }""");

        Assert.Null(result["errors"]);
        var expected = "and(in(value,[1,2.5]),gte(value,1000),isNull(asOf,true),some(CITES>,not(in(publisher,[\"CNN\"]))))";
        Assert.Equal(expected, FilterText.Of(Assert.Single(literal.NodeQueries).Where));
        Assert.Equal(expected, FilterText.Of(Assert.Single(variable.NodeQueries).Where));
    }

    [Fact]
    public async Task No_where_sends_no_filter_and_the_count_for_last_uses_the_same_filter()
    {
        var store = new RecordingStore();

        await SchemaRunner.RunAsync(store, "{ a: countries { totalCount } b: countries(last: 2, where: { iso2: { eq: \"KE\" } }) { totalCount } }");

        Assert.Null(store.NodeQueries[0].Where);
        Assert.Equal(3, store.NodeQueries.Count);
        Assert.All(store.NodeQueries.Skip(1), q => Assert.Equal("eq(iso2,\"KE\")", FilterText.Of(q.Where)));
    }

    [Fact]
    public async Task Personal_properties_cannot_be_filtered_on()
    {
        var store = new RecordingStore();

        var result = await SchemaRunner.RunAsync(store, "{ fighters(where: { dateOfBirth: { lt: \"2000-01-01\" } }) { totalCount } }");

        Assert.Contains("dateOfBirth", result["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(store.NodeQueries);
    }

    [Fact]
    public async Task A_null_where_an_operation_cannot_take_is_an_error_with_path_and_code()
    {
        var store = new RecordingStore();

        var result = await SchemaRunner.RunAsync(store, "{ countries(where: { iso2: { contains: null } }) { totalCount } }");

        var error = result["errors"]![0]!;
        Assert.Equal("INVALID_FILTER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("countries", error["path"]![0]!.GetValue<string>());
        Assert.Contains("contains", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(store.NodeQueries);
    }

    [Fact]
    public async Task A_store_refusing_the_filter_is_reported_as_invalid_filter_not_as_an_unexpected_error()
    {
        var store = new RecordingStore { FindFailure = new ArgumentException("The filter nests deeper than 8 levels.") };

        var result = await SchemaRunner.RunAsync(store, "{ countries(where: { iso2: { eq: \"KE\" } }) { totalCount } }");

        var error = result["errors"]![0]!;
        Assert.Equal("The filter nests deeper than 8 levels.", error["message"]!.GetValue<string>());
        Assert.Equal("INVALID_FILTER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("countries", error["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Relationship_fields_take_where_and_inherit_as_of_from_the_collection_above()
    {
        var store = new RecordingStore
        {
            Nodes = [new GraphNode("country:KE", "Country", new Dictionary<string, object?> { ["id"] = "country:KE" })],
        };

        var result = await SchemaRunner.RunAsync(store,
            "{ countries(asOf: \"2024-06-30\") { nodes { targetedBy(where: { language: { eq: \"ar\" } }) { nodes { id } } claims { nodes { id } } } } }");

        Assert.Null(result["errors"]);
        Assert.Equal(new DateOnly(2024, 6, 30), Assert.Single(store.NodeQueries).AsOf);
        Assert.Equal(2, store.NeighbourQueries.Count);
        Assert.All(store.NeighbourQueries, q => Assert.Equal(new DateOnly(2024, 6, 30), q.AsOf));
        var targets = store.NeighbourQueries.Single(q => q.Type == "TARGETS");
        Assert.Equal("eq(language,\"ar\")", FilterText.Of(targets.Where));
        Assert.Equal(["country:KE"], targets.ParentIds);
    }

    [Fact]
    public async Task Search_passes_text_labels_first_and_as_of()
    {
        var store = new RecordingStore();

        var result = await SchemaRunner.RunAsync(store, "{ search(text: \"Kenya\", labels: [Country, Claim], first: 5, asOf: \"2025-01-01\") { score } }");

        Assert.Null(result["errors"]);
        var query = Assert.Single(store.SearchQueries);
        Assert.Equal(("Kenya", 5, new DateOnly(2025, 1, 1)), (query.Text, query.Take, query.AsOf));
        Assert.Equal(["Country", "Claim"], query.Labels);
    }
}
