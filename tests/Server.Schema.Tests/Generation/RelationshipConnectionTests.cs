using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Tests.Filtering;
using GraphServer.Store;

namespace GraphServer.Schema.Tests.Generation;

/// <summary>Relationship fields named by the model, as connections per parent, with unions where an end allows several labels.</summary>
public sealed class RelationshipConnectionTests
{
    private static readonly GraphNode Offer = Node("offer:a", "Offer");
    private static readonly GraphNode[] Countries = [Node("country:KE", "Country"), Node("country:IN", "Country"), Node("country:NP", "Country")];
    private static readonly GraphNode Fighter = Node("fighter:x", "Fighter", ("alias", "X"), ("status", "captured"));
    private static readonly GraphNode Unit = Node("unit:storm", "Unit", ("name", "Storm-V"), ("kind", "assault"));

    [Fact]
    public void Ends_are_named_by_the_model_a_one_end_is_a_single_field_and_several_labels_are_a_union_or_node()
    {
        var schema = GraphSchemaFactory.Create(RecruitmentModel.Instance, new RecordingStore());

        Assert.Equal("OfferTargetsConnection!", Field(schema, "Offer", "targets").ResolvedType!.ToString());
        Assert.Equal("CountryTargetedByConnection!", Field(schema, "Country", "targetedBy").ResolvedType!.ToString());
        Assert.Equal("Location", Field(schema, "Event", "location").ResolvedType!.ToString());
        Assert.Equal("[Actor!]!", Field(schema, "EventActorsConnection", "nodes").ResolvedType!.ToString());
        Assert.Equal("[Speaker!]!", Field(schema, "ClaimStatedByConnection", "nodes").ResolvedType!.ToString());
        Assert.Equal("[Node!]!", Field(schema, "SourceSupportsConnection", "nodes").ResolvedType!.ToString());
        var actor = Assert.IsType<UnionGraphType>(schema.AllTypes["Actor"]);
        Assert.Equal(["Country", "Organization", "Person"], actor.PossibleTypes.Select(t => t.Name).Order());
        // A union's where offers what its labels share, the id among them, and nothing one label alone has.
        var where = (IComplexGraphType)schema.AllTypes["ActorFilterInput"]!;
        Assert.NotNull(where.GetField("id"));
        Assert.NotNull(where.GetField("confidence"));
        Assert.Null(where.GetField("iso2"));
        Assert.Null(schema.Query.GetField("offer")!.ResolvedType is IComplexGraphType offer ? offer.GetField("targetsCountries") : null);
        Assert.NotNull(Field(schema, "FighterServedInEdge", "role"));
    }

    [Fact]
    public async Task A_connection_pages_each_parent_with_cursors_and_counts_all_its_relationships()
    {
        var store = new RecordingStore
        {
            Nodes = [Offer, .. Countries],
            Edges = [.. Countries.Select(c => Edge("TARGETS", Offer.Id, c.Id))],
        };

        var first = await SchemaRunner.RunAsync(store,
            """{ offer(id: "offer:a") { targets(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } } }""");
        var cursor = first["data"]!["offer"]!["targets"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var next = await SchemaRunner.RunAsync(store,
            $$"""{ offer(id: "offer:a") { targets(first: 2, after: "{{cursor}}") { pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id } } } } }""");
        var last = await SchemaRunner.RunAsync(store, """{ offer(id: "offer:a") { targets(last: 1) { nodes { id } } } }""");

        Assert.Null(first["errors"]);
        Assert.Equal(
            """{"totalCount":3,"pageInfo":{"hasNextPage":true,"hasPreviousPage":false,"endCursor":"b2Zmc2V0OjE="},"nodes":[{"id":"country:KE"},{"id":"country:IN"}]}""",
            first["data"]!["offer"]!["targets"]!.ToJsonString());
        Assert.Null(next["errors"]);
        Assert.Equal(
            """{"pageInfo":{"hasNextPage":false,"hasPreviousPage":true},"edges":[{"cursor":"b2Zmc2V0OjI=","node":{"id":"country:NP"}}]}""",
            next["data"]!["offer"]!["targets"]!.ToJsonString());
        Assert.Equal("""[{"id":"country:NP"}]""", last["data"]!["offer"]!["targets"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task An_edge_carries_the_relationships_own_properties_and_a_union_field_takes_a_where_on_shared_properties()
    {
        var store = new RecordingStore
        {
            Nodes = [Fighter, Unit, Node("event:w", "Event", ("kind", "warning")), Countries[0]],
            Edges =
            [
                Edge("SERVED_IN", Fighter.Id, Unit.Id, ("role", "assault infantry"), ("confidence", "reported"), ("validFrom", "2024-11")),
                Edge("BY", "event:w", "country:KE"),
            ],
        };

        var result = await SchemaRunner.RunAsync(store, """
            { fighter(id: "fighter:x") { servedIn { edges { role confidence validFrom validFromPrecision node { name kind } } } }
              event(id: "event:w") { actors(where: { id: { eq: "country:KE" } }, order: [{ id: DESC }]) { nodes { __typename ... on Country { id } } } } }
            """);

        Assert.Null(result["errors"]);
        Assert.Equal(
            """[{"role":"assault infantry","confidence":"REPORTED","validFrom":"2024-11","validFromPrecision":"MONTH","node":{"name":"Storm-V","kind":"ASSAULT"}}]""",
            result["data"]!["fighter"]!["servedIn"]!["edges"]!.ToJsonString());
        Assert.Equal("""[{"__typename":"Country","id":"country:KE"}]""", result["data"]!["event"]!["actors"]!["nodes"]!.ToJsonString());
        var actors = store.NeighbourQueries.Single(q => q.Type == "BY");
        Assert.Equal(EdgeDirection.Outgoing, actors.Direction);
        Assert.Equal("eq(id,\"country:KE\")", GraphServer.Schema.Filtering.FilterText.Of(actors.Where));
        Assert.Equal([new SortField("id", SortDirection.Descending)], actors.Order);
    }

    private static IFieldType Field(ISchema schema, string type, string field) =>
        ((IComplexGraphType)schema.AllTypes[type]!).GetField(field) ?? throw new Xunit.Sdk.XunitException($"{type}.{field} is missing");

    private static GraphEdge Edge(string type, string from, string to, params (string Name, object Value)[] properties) =>
        new(type, from, to, properties.ToDictionary(p => p.Name, p => (object?)p.Value));

    private static GraphNode Node(string id, string label, params (string Name, object Value)[] properties)
    {
        var values = new Dictionary<string, object?> { ["id"] = id, ["synthetic"] = true };
        foreach (var (name, value) in properties)
        {
            values[name] = value;
        }

        return new GraphNode(id, label, values);
    }
}
