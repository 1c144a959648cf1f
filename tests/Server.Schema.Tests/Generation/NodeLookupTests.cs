using GraphServer.Schema.Tests.Filtering;
using GraphServer.Store;

namespace GraphServer.Schema.Tests.Generation;

/// <summary>Relay's node(id:) and nodes(ids:), and the model's closed vocabularies as GraphQL enums.</summary>
public sealed class NodeLookupTests
{
    private static readonly GraphNode Kenya = Node("country:KE", "Country", ("iso2", "KE"), ("name", "Kenya"));
    private static readonly GraphNode Warning = Node("event:ke-warning", "Event", ("kind", "warning"), ("confidence", "reported"));

    [Fact]
    public async Task Nodes_answers_every_id_in_the_order_asked_from_one_store_call_with_null_for_unknown_ids()
    {
        var store = new RecordingStore { Nodes = [Kenya, Warning] };

        var result = await SchemaRunner.RunAsync(store, """
            { nodes(ids: ["event:ke-warning", "country:XX", "country:KE"]) {
                __typename id ... on Country { iso2 } ... on Event { kind confidence } } }
            """);

        Assert.Null(result["errors"]);
        Assert.Equal(
            """[{"__typename":"Event","id":"event:ke-warning","kind":"WARNING","confidence":"REPORTED"},null,"""
            + """{"__typename":"Country","id":"country:KE","iso2":"KE"}]""",
            result["data"]!["nodes"]!.ToJsonString());
        Assert.Equal(["event:ke-warning", "country:XX", "country:KE"], Assert.Single(store.IdLookups));
    }

    [Fact]
    public async Task Node_finds_a_node_by_id_whatever_its_label_and_null_when_there_is_none()
    {
        var store = new RecordingStore { Nodes = [Kenya] };

        var result = await SchemaRunner.RunAsync(store, """{ a: node(id: "country:KE") { id ... on Country { name } } b: node(id: "x:1") { id } }""");

        Assert.Null(result["errors"]);
        Assert.Equal("""{"a":{"id":"country:KE","name":"Kenya"},"b":null}""", result["data"]!.ToJsonString());
    }

    [Fact]
    public async Task An_enum_value_in_where_reaches_the_store_as_the_stored_value()
    {
        var store = new RecordingStore();

        var result = await SchemaRunner.RunAsync(store,
            "{ events(where: { kind: { in: [WARNING, INVESTIGATION] }, confidence: { neq: DISPUTED } }) { totalCount } }");

        Assert.Null(result["errors"]);
        Assert.Equal(
            "and(neq(confidence,\"disputed\"),in(kind,[\"warning\",\"investigation\"]))",
            GraphServer.Schema.Filtering.FilterText.Of(Assert.Single(store.NodeQueries).Where));
    }

    [Fact]
    public async Task A_stored_value_is_not_accepted_where_the_enum_is_expected()
    {
        var result = await SchemaRunner.RunAsync(new RecordingStore(), "{ events(where: { kind: { eq: \"warning\" } }) { totalCount } }");

        Assert.NotNull(result["errors"]);
    }

    private static GraphNode Node(string id, string label, params (string Name, object Value)[] properties)
    {
        var values = new Dictionary<string, object?> { ["id"] = id, ["synthetic"] = false };
        foreach (var (name, value) in properties)
        {
            values[name] = value;
        }

        return new GraphNode(id, label, values);
    }
}
