using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// The as-of predicates in Cypher (semantics on <see cref="IGraphStore"/>). Missing dates are replaced by the ends of
/// time, so one comparison per bound covers them; days are yyyy-MM-dd strings, compared as text.
/// </summary>
internal static class CypherAsOf
{
    public const string Parameter = "$asOf";

    public static string Edge(string variable) =>
        $"coalesce({variable}.validFrom, '') <= {Parameter} AND coalesce({variable}.validTo, '{AsOfDay.EndOfTime}') >= {Parameter}";

    /// <param name="labels">The labels the node may have; each one with a known-from date adds its own condition.</param>
    public static string Node(GraphModel model, string variable, IReadOnlyList<string> labels)
    {
        var terms = new List<string> { Edge(variable) };
        foreach (var label in labels)
        {
            if (model.GetNode(label).KnownFrom is { } known)
            {
                var test = $"coalesce({variable}.{Cypher.Name(known.Name)}, '') <= {Parameter}";
                terms.Add(labels.Count == 1 ? test : $"(NOT {variable}:{Cypher.Name(label)} OR {test})");
            }
        }

        return string.Join(" AND ", terms);
    }
}
