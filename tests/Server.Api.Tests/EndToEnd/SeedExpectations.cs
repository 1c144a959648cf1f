using System.Text.Json.Nodes;
using GraphServer.Seed.Loading;
using GraphServer.Store;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>The seed, read the way the tests compute what a query must answer.</summary>
internal static class SeedExpectations
{
    private static readonly Lazy<ChangeSet> Seed = new(SeedData.Read);

    public static IEnumerable<GraphNode> Nodes(string label) => Seed.Value.Nodes.Where(n => n.Label == label);

    public static IEnumerable<GraphEdge> Edges(string type) => Seed.Value.Edges.Where(e => e.Type == type);

    /// <summary>Known and valid on the day, by the store contract's rules (IGraphStore, "As of").</summary>
    public static bool VisibleOn(GraphNode node, string day)
    {
        var knownFrom = SchemaModel.GetNode(node.Label).KnownFrom?.Name;
        return (knownFrom is null || node[knownFrom] is not string known || string.CompareOrdinal(known, day) <= 0)
            && (node["validFrom"] is not string from || string.CompareOrdinal(from, day) <= 0)
            && (node["validTo"] is not string to || string.CompareOrdinal(to, day) >= 0);
    }

    public static JsonArray Ids(IEnumerable<string> ids) => new([.. ids.Select(id => (JsonNode)JsonValue.Create(id))]);

    private static Model.GraphModel SchemaModel => Model.RecruitmentModel.Instance;
}
