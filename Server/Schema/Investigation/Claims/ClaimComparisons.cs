using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Claims;

/// <summary>
/// Groups claims by metric and subject and compares each group; pure, so its rules are tested without a store.
/// <list type="bullet">
/// <item>A claim about several subjects is in the group of each; a claim about none forms the group with a null subject.</item>
/// <item>Claims in a group are ordered by <see cref="ComparedClaim.When"/> (undated last), then id.</item>
/// <item><c>min</c>: the claim with the lowest value (the lower end of a range); <c>max</c>: the highest upper end
/// (valueMax of a range, else the value); ties go to the earlier claim in that order.</item>
/// <item><c>latest</c>: the claim with the latest <see cref="ComparedClaim.When"/>; ties go to the later one in that order.</item>
/// <item><c>disagree</c>: no single figure lies within every stated interval (a point is an interval of one value): two
/// different points disagree, a point outside a range disagrees with it, two ranges disagree when they do not overlap.
/// Scope, date and unit are not compared: the claims sit side by side for the reader to weigh.</item>
/// </list>
/// </summary>
internal static class ClaimComparisons
{
    public static List<ClaimComparison> Of(IEnumerable<ComparedClaim> claims, IReadOnlyDictionary<string, GraphNode> subjects)
    {
        var groups = claims
            .SelectMany(c => (c.SubjectIds.Count == 0 ? [null] : c.SubjectIds.Cast<string?>()).Select(s => (Claim: c, Subject: s)))
            .GroupBy(x => (Metric: (string)x.Claim.Claim["metric"]!, x.Subject))
            .OrderBy(g => g.Key.Metric, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Subject is null)
            .ThenBy(g => g.Key.Subject, StringComparer.Ordinal);
        return [.. groups.Select(g => Compare(g.Key.Metric, g.Key.Subject is null ? null : subjects.GetValueOrDefault(g.Key.Subject),
            g.Select(x => x.Claim)))];
    }

    public static ClaimComparison Compare(string metric, GraphNode? subject, IEnumerable<ComparedClaim> group)
    {
        var claims = InOrder(group);
        var valued = claims.Where(c => c.Low is not null).ToList();
        var min = valued.OrderBy(c => c.Low).FirstOrDefault();
        var max = valued.OrderByDescending(c => c.High).FirstOrDefault();
        var latest = claims.LastOrDefault(c => c.When is not null);
        var disagree = valued.Count > 1 && valued.Max(c => c.Low) > valued.Min(c => c.High);
        return new ClaimComparison(metric, subject, claims, min, max, latest, disagree);
    }

    /// <summary>By when the figure holds (undated last), then by id.</summary>
    public static List<ComparedClaim> InOrder(IEnumerable<ComparedClaim> claims) =>
        [.. claims.OrderBy(c => c.When is null)
            .ThenBy(c => c.When, StringComparer.Ordinal)
            .ThenBy(c => c.Claim.Id, StringComparer.Ordinal)];
}
