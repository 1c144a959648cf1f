namespace GraphServer.Model.Tests;

public sealed class RelationshipEndTests
{
    private static readonly GraphModel Model = RecruitmentModel.Instance;

    [Theory]
    [InlineData("PLACED", "placed", "placedBy")]
    [InlineData("ADVERTISED_ON", "advertisedOn", "advertises")]
    [InlineData("TARGETS", "targets", "targetedBy")]
    [InlineData("OPERATES", "operates", "operatedBy")]
    [InlineData("RECRUITED", "recruited", "recruitedBy")]
    [InlineData("ANSWERED", "answered", "answeredBy")]
    [InlineData("CITIZEN_OF", "citizenOf", "citizens")]
    [InlineData("SERVED_IN", "servedIn", "members")]
    [InlineData("DEPLOYED_TO", "deployedTo", "deployedUnits")]
    [InlineData("SUBJECT_OF", "subjectOf", "subjects")]
    [InlineData("AT", "location", "events")]
    [InlineData("BY", "actors", "actedIn")]
    [InlineData("ABOUT", "about", "claims")]
    [InlineData("STATED_BY", "statedBy", "statements")]
    [InlineData("MEMBER_OF", "memberOf", "members")]
    [InlineData("PART_OF", "partOf", "parts")]
    [InlineData("CITES", "sources", "supports")]
    public void Each_relationship_names_its_field_at_both_ends(string type, string outgoing, string incoming)
    {
        var relationship = Model.FindRelationship(type)!;

        Assert.Equal((outgoing, incoming), (relationship.Outgoing.FieldName, relationship.Incoming.FieldName));
        Assert.Equal((relationship.From, relationship.To), (relationship.Outgoing.NearLabels, relationship.Outgoing.FarLabels));
        Assert.Equal((relationship.To, relationship.From), (relationship.Incoming.NearLabels, relationship.Incoming.FarLabels));
    }

    [Fact]
    public void Every_relationship_has_exactly_the_seventeen_types_of_the_spec()
    {
        Assert.Equal(17, Model.RelationshipTypes.Count);
    }

    [Fact]
    public void Field_names_are_unique_per_label_among_relationship_ends_and_properties()
    {
        foreach (var node in Model.NodeTypes)
        {
            var names = node.Properties.Select(p => p.Name).Concat(Model.EndsOf(node.Label).Select(e => e.FieldName)).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Unions_name_exactly_the_ends_that_reach_several_labels()
    {
        var unions = Model.RelationshipTypes.SelectMany(r => new[] { r.Outgoing, r.Incoming })
            .Where(e => e.UnionName is not null)
            .ToDictionary(e => $"{e.RelationshipType}.{e.FieldName}", e => e.UnionName);

        Assert.Equal(new Dictionary<string, string?>
        {
            ["BY.actors"] = "Actor",
            ["ABOUT.about"] = "ClaimSubject",
            ["STATED_BY.statedBy"] = "Speaker",
            ["PART_OF.partOf"] = "ParentBody",
            ["PART_OF.parts"] = "PartBody",
            ["CITES.supports"] = "Node",
        }, unions);
        Assert.All(Model.RelationshipTypes.SelectMany(r => new[] { r.Outgoing, r.Incoming }),
            e => Assert.Equal(e.FarLabels.Count > 1, e.UnionName is not null));
        Assert.Equal(["Country", "Organization", "Person"], Model.Unions["Actor"]);
    }

    [Fact]
    public void Only_an_event_s_location_is_a_single_end()
    {
        var single = Model.RelationshipTypes.SelectMany(r => new[] { r.Outgoing, r.Incoming }).Where(e => e.Cardinality == Cardinality.One);

        Assert.Equal(["AT.location"], single.Select(e => $"{e.RelationshipType}.{e.FieldName}"));
    }

    [Fact]
    public void Cites_reaches_sources_from_every_other_label_and_carries_only_a_quote()
    {
        var cites = Model.Citation!;

        Assert.Equal("CITES", cites.Type);
        Assert.Equal("Source", Model.SourceLabel);
        Assert.Equal(Model.NodeTypes.Select(n => n.Label).Where(l => l != "Source"), cites.From);
        Assert.Equal([CommonProperties.Quote], cites.Properties.Select(p => p.Name));
    }

    [Fact]
    public void Claim_metrics_are_an_enumeration_with_a_description_for_each_value()
    {
        var metric = Model.GetNode("Claim").FindProperty("metric")!;

        Assert.Equal(ClaimMetrics.All.Select(m => m.Name), metric.AllowedValues);
        Assert.All(ClaimMetrics.All, m => Assert.False(string.IsNullOrWhiteSpace(metric.ValueDescriptions![m.Name])));
        Assert.Equal(ClaimMetrics.All.Count, ClaimMetrics.All.Select(m => m.Name).Distinct().Count());
    }

    [Fact]
    public void Two_ends_with_one_name_on_a_label_are_refused()
    {
        var builder = new ModelBuilder();
        var unit = builder.Node("Unit", "units", "u", _ => { });
        var location = builder.Node("Location", "locations", "l", _ => { });
        builder.Relationship("DEPLOYED_TO", [unit], [location], EndNames.Many("deployedTo"), EndNames.Many("units"), "d");
        builder.Relationship("BASED_AT", [unit], [location], EndNames.Many("deployedTo"), EndNames.Many("basedUnits"), "b");

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("Unit.deployedTo is named twice (relationship BASED_AT, outgoing end).", error.Message);
    }

    [Fact]
    public void An_end_reaching_several_labels_without_a_union_name_is_refused()
    {
        var builder = new ModelBuilder();
        var claim = builder.Node("Claim", "claims", "c", _ => { });
        var person = builder.Node("Person", "people", "p", _ => { });
        var organization = builder.Node("Organization", "organizations", "o", _ => { });
        builder.Relationship("STATED_BY", [claim], [person, organization], EndNames.Many("statedBy"), EndNames.Many("statements"), "s");

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("Relationship STATED_BY: the outgoing end reaches Person, Organization and needs a union name.", error.Message);
    }

    [Fact]
    public void A_union_name_on_an_end_that_reaches_one_label_is_refused()
    {
        var builder = new ModelBuilder();
        var unit = builder.Node("Unit", "units", "u", _ => { });
        var location = builder.Node("Location", "locations", "l", _ => { });
        builder.Relationship("DEPLOYED_TO", [unit], [location], EndNames.Many("deployedTo", "Place"), EndNames.Many("units"), "d");

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("Relationship DEPLOYED_TO: the outgoing end reaches one label and takes no union name.", error.Message);
    }
}
