using System.Globalization;

namespace GraphServer.Api.Protection;

/// <summary>
/// Where the cost of a refused query comes from: every field's own cost (its impact times the page sizes above it), by
/// its path of response names, so that the error can name the fields worth paging. Filled by a second pass of the
/// complexity analyzer that runs only when a query is over the limit (<see cref="CostLimitRule"/>).
/// </summary>
internal sealed class CostBreakdown
{
    public const string UserContextKey = "GraphServer.CostBreakdown";

    private readonly Dictionary<string, FieldCost> fields = new(StringComparer.Ordinal);

    /// <summary>Records one visit of a field; a path reached twice (through two fragments) adds up.</summary>
    public void Record(IReadOnlyList<string> path, double impact, double childMultiplier, bool takesFirst, bool firstGiven)
    {
        var standing = 1.0;
        for (var length = 1; length < path.Count; length++)
        {
            standing *= fields.TryGetValue(Join(path, length), out var ancestor) ? ancestor.ChildMultiplier : 1;
        }

        var key = Join(path, path.Count);
        fields[key] = fields.TryGetValue(key, out var known)
            ? known with { OwnCost = known.OwnCost + (impact * standing), ChildMultiplier = Math.Max(known.ChildMultiplier, childMultiplier) }
            : new FieldCost(key, impact * standing, childMultiplier, takesFirst, firstGiven);
    }

    /// <summary>
    /// The pageable fields (those that take <c>first</c>) whose subtree costs most, costliest first: what paging would
    /// shrink. A field's cost is its own plus everything selected under it.
    /// </summary>
    public IReadOnlyList<PagedFieldCost> Costliest(int count) =>
        [.. fields.Values
            .Where(f => f.TakesFirst)
            .Select(f => new PagedFieldCost(f.Path, SubtreeCost(f.Path), PageSize(f), f.FirstGiven))
            .OrderByDescending(f => f.Cost)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .Take(count)];

    /// <summary>The error text for a query over the limit: the total, the limit, the costliest fields and what to do.</summary>
    public string Explain(double total, int limit)
    {
        var costliest = Costliest(3).Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Path} costs {f.Cost:N0} ({(f.FirstGiven ? "first" : "default page")}: {f.PageSize:N0})"));
        return string.Create(CultureInfo.InvariantCulture, $"Query is too complex: it costs {total:N0} and this server allows at most {limit:N0}. ")
            + $"Costliest fields: {string.Join("; ", costliest)}. "
            + "Add first (a smaller page) to these fields, or select less under them, and follow the cursors for more.";
    }

    private double SubtreeCost(string path)
    {
        var prefix = path + ".";
        return fields.Values.Where(f => f.Path == path || f.Path.StartsWith(prefix, StringComparison.Ordinal)).Sum(f => f.OwnCost);
    }

    /// <summary>A list field multiplies its own children; a connection multiplies its <c>nodes</c> and <c>edges</c>.</summary>
    private double PageSize(FieldCost field)
    {
        if (field.ChildMultiplier > 1)
        {
            return field.ChildMultiplier;
        }

        var prefix = field.Path + ".";
        return fields.Values
            .Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Path.IndexOf('.', prefix.Length) < 0)
            .Select(f => f.ChildMultiplier)
            .DefaultIfEmpty(1)
            .Max();
    }

    private static string Join(IReadOnlyList<string> path, int length) => string.Join('.', path.Take(length));

    private sealed record FieldCost(string Path, double OwnCost, double ChildMultiplier, bool TakesFirst, bool FirstGiven);
}
