using GraphServer.Model;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// Confidence from strongest to weakest (the model's order: confirmed, reported, claimed, disputed). A record without a
/// confidence counts as weaker than disputed: nothing establishes it, so it is the weakest link ("unknown beats nothing"),
/// and the weakest of a set that holds one is null, which the schema reads as unknown.
/// </summary>
internal static class ConfidenceOrder
{
    private static readonly int Unknown = CommonProperties.ConfidenceLevels.Count;

    public static int Rank(string? confidence)
    {
        for (var rank = 0; rank < Unknown; rank++)
        {
            if (CommonProperties.ConfidenceLevels[rank] == confidence)
            {
                return rank;
            }
        }

        return Unknown;
    }

    /// <summary>The weakest of the values (null when any is null or unknown, or when there are none).</summary>
    public static string? Weakest(IEnumerable<string?> confidences)
    {
        var weakest = -1;
        foreach (var confidence in confidences)
        {
            weakest = Math.Max(weakest, Rank(confidence));
        }

        return weakest is >= 0 && weakest < Unknown ? CommonProperties.ConfidenceLevels[weakest] : null;
    }
}
