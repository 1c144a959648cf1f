using System.Text.Json;
using GraphServer.Store;

namespace GraphServer.Seed.Loading;

/// <summary>
/// The JSON form of a graph, shared by the seed and by investigators' imports: <c>{"nodes": [...], "relationships": [...]}</c>
/// with flat objects. A node has <c>label</c> and <c>id</c>, a relationship <c>type</c>, <c>from</c> and <c>to</c>; both
/// have <c>sources: [{"id": "source:…", "quote": "…"}]</c> (every record but a Source); every other key is a property of
/// the model. A node's sources become CITES edges, a relationship's its <c>sourceIds</c>/<c>quotes</c> (see <see cref="RecordSources"/>).
/// </summary>
internal static class GraphDocument
{
    public static ChangeSet Read(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        foreach (var item in Items(root, "nodes"))
        {
            var (node, citations) = ReadNode(item);
            nodes.Add(node);
            edges.AddRange(citations);
        }

        edges.AddRange(Items(root, "relationships").Select(ReadEdge));
        return new ChangeSet(nodes, edges);
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    /// <summary>A node record and the CITES edges its <c>sources</c> make.</summary>
    public static (GraphNode Node, IReadOnlyList<GraphEdge> Citations) ReadNode(JsonElement item)
    {
        var properties = Properties(item, "label");
        var node = new GraphNode(Text(item, "id"), Text(item, "label"), properties);
        return (node, RecordSources.Citations(node.Id, ReadSources(item)));
    }

    public static GraphEdge ReadEdge(JsonElement item)
    {
        var properties = Properties(item, "type", "from", "to");
        RecordSources.AddToRelationship(properties, ReadSources(item));
        return new GraphEdge(Text(item, "type"), Text(item, "from"), Text(item, "to"), properties);
    }

    /// <summary>The <c>sources</c> of a record as (id, quote) pairs; a malformed entry keeps an empty id so validation names it.</summary>
    private static IReadOnlyList<(string Id, string? Quote)> ReadSources(JsonElement item) =>
        item.TryGetProperty(RecordSources.Field, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(entry => entry.ValueKind == JsonValueKind.Object
                ? (Text(entry, "id"), entry.TryGetProperty("quote", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null)
                : (entry.ValueKind == JsonValueKind.String ? entry.GetString()! : string.Empty, (string?)null)).ToList()
            : [];

    private static Dictionary<string, object?> Properties(JsonElement item, params string[] structural)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject().Where(p => !structural.Contains(p.Name) && p.Name != RecordSources.Field))
        {
            properties[property.Name] = JsonValues.ToClr(property.Value);
        }

        return properties;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
