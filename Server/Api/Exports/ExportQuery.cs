using System.Globalization;
using GraphServer.Model;
using Microsoft.Extensions.Primitives;

namespace GraphServer.Api.Exports;

/// <summary>Reads the export query parameters; every mistake throws <see cref="ExportRequestException"/> with what to send instead.</summary>
internal static class ExportQuery
{
    /// <summary>Repeatable and comma-separated: <c>ids=a&amp;ids=b</c> and <c>ids=a,b</c> mean the same.</summary>
    public static IReadOnlyList<string> List(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Ids(IQueryCollection query, int max)
    {
        var ids = List(query, "ids");
        if (ids.Count == 0)
        {
            throw new ExportRequestException("ids is required: one or more node ids, repeated or comma-separated, e.g. ids=country:KE.");
        }

        return ids.Count <= max ? ids : throw new ExportRequestException($"ids names {ids.Count} nodes; at most {max} are allowed.");
    }

    public static string Required(IQueryCollection query, string name) =>
        query[name].ToString().Trim() is { Length: > 0 } value
            ? value
            : throw new ExportRequestException($"{name} is required: a node id, e.g. {name}=country:KE.");

    public static int Integer(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var text = Single(query[name], name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ExportRequestException($"{name} must be a whole number from {min} to {max}; got '{text}'.");
    }

    public static DateOnly? Day(IQueryCollection query, string name)
    {
        var text = Single(query[name], name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ExportRequestException($"{name} must be a date as yyyy-MM-dd; got '{text}'.");
    }

    public static IReadOnlyList<string> Types(IQueryCollection query, GraphModel model)
    {
        var types = List(query, "types");
        var unknown = types.Where(t => model.FindRelationship(t) is null).ToList();
        return unknown.Count == 0
            ? types
            : throw new ExportRequestException($"types: {string.Join(", ", unknown)} is not a relationship type; known: "
                + string.Join(", ", model.RelationshipTypes.Select(r => r.Type)) + ".");
    }

    private static string? Single(StringValues values, string name) => values.Count switch
    {
        0 => null,
        1 => values[0]?.Trim(),
        _ => throw new ExportRequestException($"{name} is given {values.Count} times; give it once."),
    };
}
