using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Claims;

/// <summary>
/// One claim as the comparisons show it: the node (with its sources), who stated it and what it is about. Its stated
/// interval is [value, valueMax] for a range and [value, value] for a point.
/// </summary>
internal sealed record ComparedClaim(GraphNode Claim, IReadOnlyList<GraphNode> StatedBy, IReadOnlyList<string> SubjectIds)
{
    public double? Value => Number(Claim["value"]);

    public double? ValueMax => Number(Claim["valueMax"]);

    /// <summary>The lower end of the stated interval.</summary>
    public double? Low => Value;

    /// <summary>The upper end of the stated interval: valueMax for a range, the value itself for a point.</summary>
    public double? High => ValueMax ?? Value;

    /// <summary>The day the figure refers to as stated (may be partial), or null when its source gives none.</summary>
    public string? AsOf => Claim["asOf"] as string;

    /// <summary>The first day the claim was known: its asOf or, if later, the first publication of its sources.</summary>
    public string? KnownFrom => Claim[CommonProperties.KnownFrom] as string;

    /// <summary>
    /// When the figure holds, for ordering: its asOf, or where it states none the day it was first reported (knownFrom);
    /// a partial date counts from its first day.
    /// </summary>
    public string? When => (AsOf ?? KnownFrom) is { } day && PartialDates.IsValid(day)
        ? PartialDates.FirstDay(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : null;

    public IReadOnlyList<Citation> Sources => Claim.Sources ?? [];

    private static double? Number(object? value) =>
        value is null ? null : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
}
