using GraphServer.Store;

namespace GraphServer.Store.DurabilityWriter;

/// <summary>
/// Change set number N of the durability test: a source, a unit citing it and <see cref="Locations"/> locations the
/// unit is deployed to. The test checks each batch is wholly present or wholly absent, so the writer and the test
/// share this one definition.
/// </summary>
public static class DurabilityBatch
{
    public const int Locations = 40;

    public static string SourceId(int n) => $"source:dur-{n}";

    public static string UnitId(int n) => $"unit:dur-{n}";

    public static string LocationId(int n, int k) => $"location:dur-{n}-{k}";

    public static IReadOnlyList<string> NodeIds(int n) =>
        [SourceId(n), UnitId(n), .. Enumerable.Range(0, Locations).Select(k => LocationId(n, k))];

    public static ChangeSet Build(int n)
    {
        var cites = new[] { SourceId(n) };
        var nodes = new List<GraphNode>
        {
            new(SourceId(n), "Source", new Dictionary<string, object?> { ["publisher"] = "Durability test", ["title"] = $"Batch {n}", ["kind"] = "news", ["synthetic"] = true }),
            new(UnitId(n), "Unit", new Dictionary<string, object?> { ["name"] = $"Unit {n}", ["kind"] = "regular", ["synthetic"] = true }),
        };
        var edges = new List<GraphEdge>();
        for (var k = 0; k < Locations; k++)
        {
            nodes.Add(new(LocationId(n, k), "Location", new Dictionary<string, object?> { ["name"] = $"Place {n}.{k}", ["synthetic"] = true }));
            edges.Add(new("DEPLOYED_TO", UnitId(n), LocationId(n, k), new Dictionary<string, object?> { ["sourceIds"] = cites }));
        }

        // Every fact but the source cites it (provenance is graph: CITES edges).
        edges.AddRange(nodes.Skip(1).Select(node => new GraphEdge("CITES", node.Id, SourceId(n), new Dictionary<string, object?>())));
        return new ChangeSet(nodes, edges);
    }
}
