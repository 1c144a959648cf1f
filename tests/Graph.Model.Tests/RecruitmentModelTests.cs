namespace GraphServer.Model.Tests;

public sealed class RecruitmentModelTests
{
    private static readonly GraphModel Model = RecruitmentModel.Instance;

    [Fact]
    public void Every_node_type_carries_identity_confidence_and_a_derived_known_from_but_no_source_ids()
    {
        foreach (var type in Model.NodeTypes)
        {
            Assert.True(type.FindProperty(CommonProperties.Id)!.IsRequired, type.Label);
            Assert.Equal(PropertyKind.Boolean, type.FindProperty(CommonProperties.Synthetic)!.Kind);
            Assert.Null(type.FindProperty(CommonProperties.SourceIds));
            Assert.Equal(CommonProperties.ConfidenceLevels, type.FindProperty(CommonProperties.Confidence)!.AllowedValues);
            Assert.True(type.FindProperty(CommonProperties.KnownFrom)!.IsDerived, type.Label);
        }
    }

    [Fact]
    public void Every_relationship_type_but_cites_carries_sources_quotes_confidence_and_dates()
    {
        foreach (var type in Model.RelationshipTypes.Where(r => !r.IsCitation))
        {
            Assert.True(type.FindProperty(CommonProperties.SourceIds)!.IsRequired, type.Type);
            Assert.Equal(PropertyKind.StringList, type.FindProperty(CommonProperties.Quotes)!.Kind);
            Assert.True(type.FindProperty(CommonProperties.KnownFrom)!.IsDerived, type.Type);
            Assert.NotNull(type.FindProperty(CommonProperties.Confidence));
            Assert.Equal(PropertyKind.Date, type.FindProperty(CommonProperties.ValidFrom)!.Kind);
            Assert.Equal(PropertyKind.Date, type.FindProperty(CommonProperties.ValidTo)!.Kind);
        }
    }

    [Fact]
    public void Labels_collection_names_and_relationship_types_are_unique()
    {
        Assert.Equal(Model.NodeTypes.Count, Model.NodeTypes.Select(t => t.Label).Distinct().Count());
        Assert.Equal(Model.NodeTypes.Count, Model.NodeTypes.Select(t => t.CollectionName).Distinct().Count());
        Assert.Equal(Model.RelationshipTypes.Count, Model.RelationshipTypes.Select(t => t.Type).Distinct().Count());
    }

    [Fact]
    public void Personal_data_of_private_people_is_flagged_so_access_control_can_mask_it()
    {
        var personal = Model.NodeTypes.SelectMany(t => t.Properties.Where(p => p.IsPersonal).Select(p => $"{t.Label}.{p.Name}")).ToList();

        Assert.Equal(["Recruiter.contact", "Fighter.name", "Fighter.dateOfBirth", "Fighter.contact"], personal);
    }

    [Fact]
    public void A_relationship_naming_an_unknown_label_is_refused_when_the_model_is_built()
    {
        var builder = new ModelBuilder();
        var country = builder.Node("Country", "countries", "c", _ => { });
        builder.Relationship("TARGETS", [new NodeHandle("Offer")], [country], EndNames.Many("targets"), EndNames.Many("targetedBy"), "t");

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("Relationship TARGETS names unknown label Offer.", error.Message);
    }

    [Fact]
    public void Every_node_type_carries_a_validity_window_for_as_of_queries()
    {
        foreach (var type in Model.NodeTypes)
        {
            Assert.Equal(PropertyKind.Date, type.FindProperty(CommonProperties.ValidFrom)!.Kind);
            Assert.Equal(PropertyKind.Date, type.FindProperty(CommonProperties.ValidTo)!.Kind);
        }
    }

    [Fact]
    public void Claims_sources_offers_and_events_are_known_from_their_own_dates()
    {
        var knownFrom = Model.NodeTypes.Where(t => t.KnownFrom is not null).ToDictionary(t => t.Label, t => t.KnownFrom!.Name);

        Assert.Equal(new Dictionary<string, string> { ["Offer"] = "firstSeen", ["Event"] = "date", ["Claim"] = "asOf", ["Source"] = "publishedAt" }, knownFrom);
    }

    [Fact]
    public void The_full_text_index_covers_names_titles_and_statements_but_no_personal_data()
    {
        var searchable = Model.SearchableNodeTypes.SelectMany(t => t.Searchable.Select(p => $"{t.Label}.{p.Name}")).ToList();

        Assert.Contains("Source.title", searchable);
        Assert.Contains("Claim.statement", searchable);
        Assert.Contains("Recruiter.name", searchable);
        Assert.DoesNotContain(Model.NodeTypes.SelectMany(t => t.Properties), p => p.IsSearchable && p.IsPersonal);
    }

    [Fact]
    public void A_type_with_two_known_from_dates_is_refused()
    {
        var builder = new ModelBuilder();
        builder.Node("Claim", "claims", "c", p => p
            .Date("asOf", PropertyFlags.KnownFrom, "a")
            .Date("statedOn", PropertyFlags.KnownFrom, "b"));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("Claim must have at most one KnownFrom property, and it must be a date.", error.Message);
    }

    [Theory]
    [InlineData("name`) DETACH DELETE n //")]
    [InlineData("salary amount")]
    [InlineData("1st")]
    [InlineData("$.x")]
    public void Names_that_could_change_a_query_are_refused(string name)
    {
        var builder = new ModelBuilder();
        builder.Node("Country", "countries", "c", p => p.String(name, PropertyFlags.None, "x"));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("is not a plain name", error.Message, StringComparison.Ordinal);
    }
}
