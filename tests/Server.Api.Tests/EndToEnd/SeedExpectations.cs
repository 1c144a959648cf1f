using System.Text.Json.Nodes;
using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>The seed, read the way the tests compute what a query must answer.</summary>
internal static class SeedExpectations
{
    private static readonly Lazy<ChangeSet> Seed = new(SeedData.Read);

    public static IEnumerable<GraphNode> Nodes(string label) => Seed.Value.Nodes.Where(n => n.Label == label);

    /// <summary>The seed Source with the lowest id: the one write tests cite, so every write has an existing source.</summary>
    public static string FirstSourceId { get; } = Nodes("Source").OrderBy(n => n.Id, StringComparer.Ordinal).First().Id;

    public static IEnumerable<GraphEdge> Edges(string type) => Seed.Value.Edges.Where(e => e.Type == type);

    /// <summary>
    /// Known and valid on the day, by the store contract's rules (IGraphStore, "As of"): a fact is known from the later of
    /// its own known-from date and the earliest publication of the sources it cites; partial dates count from their first
    /// day, and a validTo until its last.
    /// </summary>
    public static bool VisibleOn(GraphNode node, string day)
    {
        var knownFrom = KnownFrom(node);
        return (knownFrom is null || string.CompareOrdinal(knownFrom, day) <= 0)
            && (node["validFrom"] is not string from || string.CompareOrdinal(FirstDay(from), day) <= 0)
            && (node["validTo"] is not string to || string.CompareOrdinal(Day(PartialDates.LastDay(to)), day) >= 0);
    }

    /// <summary>A link is known from the earliest publication of its sources (and needs both ends visible as well).</summary>
    public static bool VisibleOn(GraphEdge edge, string day) =>
        edge.Properties.GetValueOrDefault("sourceIds") is not IReadOnlyList<string> ids
        || ids.Select(id => Sources.Value.GetValueOrDefault(id)).OfType<string>().Select(FirstDay).Order(StringComparer.Ordinal)
            .FirstOrDefault() is not { } known
        || string.CompareOrdinal(known, day) <= 0;

    private static string? KnownFrom(GraphNode node)
    {
        var own = SchemaModel.GetNode(node.Label).KnownFrom?.Name is { } name && node[name] is string date ? FirstDay(date) : null;
        var published = Seed.Value.Edges
            .Where(e => e.Type == SchemaModel.Citation!.Type && e.FromId == node.Id)
            .Select(e => Sources.Value.GetValueOrDefault(e.ToId))
            .OfType<string>()
            .Select(FirstDay)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return new[] { own, published }.OfType<string>().Order(StringComparer.Ordinal).LastOrDefault();
    }

    /// <summary>Publication dates of the seed's sources by id.</summary>
    private static readonly Lazy<Dictionary<string, string?>> Sources = new(() => Seed.Value.Nodes
        .Where(n => n.Label == SchemaModel.SourceLabel)
        .ToDictionary(n => n.Id, n => n["publishedAt"] as string, StringComparer.Ordinal));

    /// <summary>A partial date's first day as text, so it compares with a day: 2024 → 2024-01-01, 2024-11 → 2024-11-01.</summary>
    private static string FirstDay(string date) => Day(PartialDates.FirstDay(date));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static JsonArray Ids(IEnumerable<string> ids) => new([.. ids.Select(id => (JsonNode)JsonValue.Create(id))]);

    private static GraphModel SchemaModel => RecruitmentModel.Instance;
}
