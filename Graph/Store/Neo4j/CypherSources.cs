using GraphServer.Model;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Sources in the same statement as the records they support. A node's come from a pattern comprehension over its
/// CITES edges; a relationship's from a COLLECT subquery that looks each of its <c>sourceIds</c> up through the Source
/// id constraint's index. Each citation travels as <c>[quote, source]</c>. Under as-of, sources not yet published are left out.
/// </summary>
internal static class CypherSources
{
    public static string OfNode(GraphModel model, string variable, bool asOf) =>
        $"[({variable})-[citing:{Cypher.Name(model.Citation!.Type)}]->(cited:{Cypher.Name(model.SourceLabel!)}){Known(asOf)} | [citing.quote, cited]]";

    public static string OfEdge(GraphModel model, string variable, bool asOf) =>
        $"COLLECT {{ UNWIND range(0, size(coalesce({variable}.sourceIds, [])) - 1) AS position " +
        $"MATCH (cited:{Cypher.Name(model.SourceLabel!)} {{id: {variable}.sourceIds[position]}}){Known(asOf)} " +
        $"RETURN [coalesce({variable}.quotes[position], ''), cited] }}";

    /// <summary>Citations as the store returns them: a node's ordered by source id, a relationship's in the order it lists them.</summary>
    public static IReadOnlyList<Citation> Read(object? value, Func<object?, GraphNode> toNode, bool bySourceId)
    {
        var citations = ((IEnumerable<object?>)value!)
            .Select(item => (IReadOnlyList<object?>)item!)
            .Select(pair => new Citation(toNode(pair[1]), pair[0] is string { Length: > 0 } quote ? quote : null))
            .ToList();
        return bySourceId ? citations.OrderBy(c => c.Source.Id, StringComparer.Ordinal).ToList() : citations;
    }

    private static string Known(bool asOf) => asOf ? $" WHERE coalesce(cited.knownFrom <= {CypherAsOf.Parameter}, true)" : string.Empty;
}
