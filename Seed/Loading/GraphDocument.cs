using System.Text.Json;
using GraphServer.Store;

namespace GraphServer.Seed.Loading;

/// <summary>
/// The JSON form of a graph, shared by the seed and by investigators' imports: <c>{"nodes": [...], "relationships": [...]}</c>
/// with flat objects. A node has <c>label</c> and <c>id</c>, a relationship <c>type</c>, <c>from</c> and <c>to</c>; every
/// other key is a property of the model.
/// </summary>
internal static class GraphDocument
{
    public static ChangeSet Read(Stream json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var nodes = Items(root, "nodes").Select(ReadNode).ToList();
        var edges = Items(root, "relationships").Select(ReadEdge).ToList();
        return new ChangeSet(nodes, edges);
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    public static GraphNode ReadNode(JsonElement item)
    {
        var properties = Properties(item, "label");
        return new GraphNode(Text(item, "id"), Text(item, "label"), properties);
    }

    public static GraphEdge ReadEdge(JsonElement item) =>
        new(Text(item, "type"), Text(item, "from"), Text(item, "to"), Properties(item, "type", "from", "to"));

    private static Dictionary<string, object?> Properties(JsonElement item, params string[] structural)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject().Where(p => !structural.Contains(p.Name)))
        {
            properties[property.Name] = JsonValues.ToClr(property.Value);
        }

        return properties;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
