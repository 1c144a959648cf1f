namespace GraphServer.Store.Neo4j;

/// <summary>
/// The as-of predicates in Cypher (semantics on <see cref="IGraphStore"/>). Days and partial dates are ISO strings, so a
/// from-date (<c>validFrom</c>, the derived <c>knownFrom</c>) compares as its first day with plain text order; a
/// <c>validTo</c> counts to its last day, so it is compared with the as-of day cut to its own length (2024-11 holds
/// on 2024-11-30). A missing date never hides anything: the comparison is null and coalesced to true.
/// </summary>
internal static class CypherAsOf
{
    public const string Parameter = "$asOf";

    /// <summary>Valid and known on the day: the same test for a relationship and a node (both carry knownFrom).</summary>
    public static string Edge(string variable) =>
        $"coalesce({variable}.validFrom <= {Parameter}, true) AND coalesce({variable}.knownFrom <= {Parameter}, true) AND " +
        $"coalesce({variable}.validTo >= left({Parameter}, size({variable}.validTo)), true)";

    /// <param name="labels">Kept for the callers' shape: every label carries the same derived knownFrom.</param>
    public static string Node(GraphServer.Model.GraphModel model, string variable, IReadOnlyList<string> labels) => Edge(variable);
}
