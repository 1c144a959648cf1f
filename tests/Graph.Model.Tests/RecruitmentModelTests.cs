namespace GraphServer.Model.Tests;

public sealed class RecruitmentModelTests
{
    private static readonly GraphModel Model = RecruitmentModel.Instance;

    [Fact]
    public void Every_node_type_carries_identity_and_provenance()
    {
        foreach (var type in Model.NodeTypes)
        {
            Assert.True(type.FindProperty(CommonProperties.Id)!.IsRequired, type.Label);
            Assert.Equal(PropertyKind.Boolean, type.FindProperty(CommonProperties.Synthetic)!.Kind);
            Assert.Equal(PropertyKind.StringList, type.FindProperty(CommonProperties.SourceIds)!.Kind);
            Assert.Equal(CommonProperties.ConfidenceLevels, type.FindProperty(CommonProperties.Confidence)!.AllowedValues);
        }
    }

    [Fact]
    public void Every_relationship_type_carries_sources_confidence_and_dates()
    {
        foreach (var type in Model.RelationshipTypes)
        {
            Assert.NotNull(type.FindProperty(CommonProperties.SourceIds));
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
        var error = Assert.Throws<InvalidOperationException>(() => new ModelBuilder()
            .Node("Country", "countries", "c", _ => { })
            .Relationship("TARGETS", ["Offer"], ["Country"], Cardinality.Many, "t")
            .Build());

        Assert.Equal("Relationship TARGETS names unknown label Offer.", error.Message);
    }
}
