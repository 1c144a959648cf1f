using System.Globalization;
using GraphServer.Store;

namespace GraphServer.Seed.Tests.Support;

/// <summary>One line of text per record, properties sorted, so two runs can be compared for exact equality.</summary>
internal static class Canonical
{
    public static IEnumerable<string> Lines(ChangeSet changes) =>
        changes.Nodes.Select(n => $"({n.Id}:{n.Label} {Properties(n.Properties)})")
            .Concat(changes.Edges.Select(e => $"({e.FromId})-[:{e.Type} {Properties(e.Properties)}]->({e.ToId})"));

    private static string Properties(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Value(p.Value)}"));

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable<string> list => "[" + string.Join("|", list) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
