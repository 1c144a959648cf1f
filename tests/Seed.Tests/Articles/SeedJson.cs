using System.Globalization;
using System.Text.Json;
using GraphServer.Seed.Loading;

namespace GraphServer.Seed.Tests.Articles;

/// <summary>
/// The seed file exactly as shipped (the Data/seed.json resource of the Seed assembly, which SeedData reads too), parsed
/// with System.Text.Json rather than through the loader, so these tests check the file's records and not what a
/// loader makes of them.
/// </summary>
internal static class SeedJson
{
    private const string ResourceName = "GraphServer.Seed.Data.seed.json";

    private static readonly Lazy<JsonDocument> Document = new(Parse);

    public static IReadOnlyList<JsonElement> Nodes => [.. Document.Value.RootElement.GetProperty("nodes").EnumerateArray()];

    public static IReadOnlyList<JsonElement> Relationships => [.. Document.Value.RootElement.GetProperty("relationships").EnumerateArray()];

    public static IReadOnlyDictionary<string, JsonElement> NodesById { get; } = Nodes.ToDictionary(n => n.GetProperty("id").GetString()!);

    public static JsonElement? Node(string id) => NodesById.TryGetValue(id, out var node) ? node : null;

    public static JsonElement? Relationship(string type, string from, string to) =>
        Relationships.Where(r => Text(r, "type") == type && Text(r, "from") == from && Text(r, "to") == to)
            .Select(r => (JsonElement?)r).FirstOrDefault();

    public static string? Text(JsonElement record, string property) =>
        record.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool IsSource(JsonElement record) => Text(record, "label") == "Source";

    public static bool IsSynthetic(JsonElement record) => record.TryGetProperty("synthetic", out var flag) && flag.GetBoolean();

    /// <summary>The record's citations as (source id, quote or null), in file order; empty when it has none.</summary>
    public static IReadOnlyList<(string Id, string? Quote)> Citations(JsonElement record) =>
        record.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Array
            ? [.. sources.EnumerateArray().Select(s => (s.GetProperty("id").GetString()!, Text(s, "quote")))]
            : [];

    /// <summary>A property as the invariant text tests compare with: numbers in round-trip form, lists joined by '|'.</summary>
    public static string? Value(JsonElement record, string property) => record.TryGetProperty(property, out var value)
        ? value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.Array => string.Join('|', value.EnumerateArray().Select(v => v.ToString())),
            JsonValueKind.True or JsonValueKind.False => value.GetBoolean() ? "true" : "false",
            JsonValueKind.Null => null,
            _ => value.GetString(),
        }
        : null;

    public static string Describe(JsonElement record) => Text(record, "id")
        ?? $"{Text(record, "type")} {Text(record, "from")} -> {Text(record, "to")}";

    private static JsonDocument Parse()
    {
        using var stream = typeof(SeedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The seed resource {ResourceName} is missing from the build.");
        return JsonDocument.Parse(stream);
    }
}
