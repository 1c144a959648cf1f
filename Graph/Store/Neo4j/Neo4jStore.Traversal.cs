using System.Globalization;
using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Traversals as quantified path patterns: ALL SHORTEST for shortest paths and ANY SHORTEST per reached node for
/// neighbourhoods (both a breadth-first search inside Neo4j), a bounded pattern for all simple paths. The hop bound
/// is part of the text (Cypher has no parameter for it); it is a number from a small checked range.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task<IReadOnlyList<FoundPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        var types = TraversalLimits.CheckPaths(_model, query);
        if (query.FromId == query.ToId)
        {
            return [];
        }

        var parameters = new CypherParameters();
        var ends = EndConditions(parameters, query.AsOf, "a", "b");
        var hops = query.MaxHops.ToString(CultureInfo.InvariantCulture);
        var step = Step(types, query.AsOf);
        var pattern = query.ShortestOnly ? $"ALL SHORTEST (a){step}{{1,{hops}}}(b)" : $"(a){step}{{1,{hops}}}(b)";
        // A quantified pattern never repeats a relationship; simple paths must not repeat a node either.
        var simple = query.ShortestOnly ? string.Empty : " WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))";
        var cypher = $"""
            MATCH (a:{Cypher.EntityLabel} {"{"}id: $from{"}"}), (b:{Cypher.EntityLabel} {"{"}id: $to{"}"}){Where(ends)}
            MATCH p = {pattern}{simple}
            RETURN p
            ORDER BY length(p), [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)], [r IN relationships(p) | startNode(r).id]
            LIMIT $limit
            """;
        parameters.Set("from", query.FromId);
        parameters.Set("to", query.ToId);
        parameters.Set("limit", (long)query.Limit);
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        return result.Records.Select(r =>
        {
            var path = (GraphServer.Bolt.GraphPath)r["p"]!;
            var ids = path.Nodes.ToDictionary(n => n.ElementId, n => (string)n.Properties[CommonProperties.Id]!, StringComparer.Ordinal);
            return new FoundPath(path.Nodes.Select(FromEntity).ToList(), path.Relationships.Select(e => FromEntity(e, ids)).ToList());
        }).ToList();
    }

    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        var types = TraversalLimits.CheckNeighbourhood(_model, query);
        var parameters = new CypherParameters();
        var start = NodeConditions(parameters, null, "s", AllLabels, query.AsOf);
        start.Insert(0, "s.id IN $ids");
        var depth = query.Depth.ToString(CultureInfo.InvariantCulture);
        var typeList = types.Count == 0 ? string.Empty : ":" + string.Join('|', types.Select(Cypher.Name));
        var edgeAsOf = query.AsOf is null ? string.Empty : " AND " + CypherAsOf.Edge("r");
        // ANY SHORTEST per (start, reached) pair is a breadth-first search; min over the starts gives each node's distance.
        // One node more than the limit is kept to tell whether the cut left anything out.
        var cypher = $"""
            MATCH (s:{Cypher.EntityLabel}) WHERE {string.Join(" AND ", start)}
            MATCH p = ANY SHORTEST (s){Step(types, query.AsOf)}{"{"}0,{depth}{"}"}(n)
            WITH n, min(length(p)) AS dist ORDER BY dist, n.id LIMIT $limit + 1
            WITH collect(n) AS found
            WITH found[..$limit] AS kept, size(found) > $limit AS truncated
            CALL (kept) {"{"}
              UNWIND kept AS x MATCH (x)-[r{typeList}]->(y) WHERE y IN kept{edgeAsOf}
              RETURN collect(r) AS rels
            {"}"}
            RETURN kept AS nodes, rels, truncated
            """;
        parameters.Set("ids", query.StartIds.Distinct().Cast<object?>().ToList());
        parameters.Set("limit", (long)query.Limit);
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        if (result.Records.Count == 0)
        {
            return new Subgraph([], [], false);
        }

        var record = result.Records[0];
        var nodes = ((IReadOnlyList<object?>)record["nodes"]!).Cast<GraphServer.Bolt.Node>().ToList();
        var ids = nodes.ToDictionary(n => n.ElementId, n => (string)n.Properties[CommonProperties.Id]!, StringComparer.Ordinal);
        return new Subgraph(
            nodes.Select(n => FromEntity(n)).ToList(),
            ((IReadOnlyList<object?>)record["rels"]!).Select(e => FromEntity(e, ids)).ToList(),
            (bool)record["truncated"]!);
    }

    /// <summary>One hop of a quantified pattern in either direction, with the as-of conditions inside it so they prune the search.</summary>
    private string Step(IReadOnlyList<string> types, DateOnly? asOf)
    {
        var typeList = types.Count == 0 ? string.Empty : ":" + string.Join('|', types.Select(Cypher.Name));
        var inner = asOf is null ? string.Empty : $" WHERE {CypherAsOf.Edge("r")} AND {CypherAsOf.Node(_model, "x", AllLabels)}";
        return $"(()-[r{typeList}]-(x){inner})";
    }

    private List<string> EndConditions(CypherParameters parameters, DateOnly? asOf, params string[] variables) =>
        asOf is null ? [] : variables.SelectMany(v => NodeConditions(parameters, null, v, AllLabels, asOf)).ToList();

    private IReadOnlyList<string> AllLabels => _model.NodeTypes.Select(t => t.Label).ToList();
}
