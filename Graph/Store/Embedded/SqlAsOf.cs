using GraphServer.Model;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The as-of predicates in SQL, the same comparisons as <c>CypherAsOf</c> (semantics on <see cref="IGraphStore"/>):
/// from-dates and the derived knownFrom compare as text (a partial date as its first day), a validTo with the day cut to
/// its own length (its last day); a missing date gives null, which counts as true.
/// </summary>
internal static class SqlAsOf
{
    public const string Parameter = "$asOf";

    public static string Row(string alias)
    {
        var validTo = SqlNames.Property(alias, CommonProperties.ValidTo);
        return $"ifnull({SqlNames.Property(alias, CommonProperties.ValidFrom)} <= {Parameter}, 1) AND " +
               $"ifnull({SqlNames.Property(alias, CommonProperties.KnownFrom)} <= {Parameter}, 1) AND " +
               $"ifnull({validTo} >= substr({Parameter}, 1, length({validTo})), 1)";
    }

    /// <param name="labels">Kept for the callers' shape: every label carries the same derived knownFrom.</param>
    public static string Node(GraphModel model, string alias, IReadOnlyList<string> labels) => Row(alias);
}
