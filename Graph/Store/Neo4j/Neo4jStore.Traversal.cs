using System.Globalization;
using GraphServer.Model;
using GraphServer.Store.Planning;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Traversals as quantified path patterns: ALL SHORTEST for shortest paths and ANY SHORTEST per reached node for
/// neighbourhoods (both a breadth-first search inside Neo4j), a bounded pattern for all simple paths. The hop bound
/// is part of the text (Cypher has no parameter for it); it is a number from a small checked range. A traversal is a plan
/// root (<see cref="PlanTraversal"/>): the statement returns each node once, as much of it as the request reads (a map
/// projection, <see cref="NodeColumns"/>), with the plan's selections below it as subqueries, and the relationships only
/// as type, ends and the properties read; so a graph-view request with fields asked of its nodes is one statement.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task<IReadOnlyList<FoundPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        (await RunTraversalPlanAsync(PlanQuery.ForTraversal(PlanTraversal.Of(query), []), cancellationToken)).Paths!;

    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) =>
        (await RunTraversalPlanAsync(PlanQuery.ForTraversal(PlanTraversal.Of(query), []), cancellationToken)).Subgraph!;

    private async Task<PlanResult> RunTraversalPlanAsync(PlanQuery plan, CancellationToken cancellationToken)
    {
        var traversal = plan.Traversal!;
        var day = traversal.Neighbourhood is { } around ? around.AsOf : traversal.Paths!.AsOf;
        if (plan.AllSelections().Any(s => s.Query.AsOf != day))
        {
            // One $asOf per statement; a request asks for one day, so this only serves callers that mix days.
            return await LevelByLevelPlan.Over(this).RunAsync(plan, cancellationToken).ConfigureAwait(false);
        }

        return traversal.Neighbourhood is not null
            ? await NeighbourhoodPlanAsync(plan, traversal, traversal.Neighbourhood, cancellationToken)
            : await PathsPlanAsync(plan, traversal, traversal.Paths!, cancellationToken);
    }

    private async Task<PlanResult> PathsPlanAsync(
        PlanQuery plan, PlanTraversal traversal, PathQuery query, CancellationToken cancellationToken)
    {
        var types = TraversalLimits.CheckPaths(_model, query);
        if (query.FromId == query.ToId)
        {
            return TraversalResult(new PlanReading(), [], paths: []);
        }

        var edgeProperties = TraversalEdgeProperties(traversal, types);
        var (cypher, parameters) = CachedPathsStatement(plan, query, types, edgeProperties);
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        var reading = new PlanReading();
        if (result.Records.Count == 0)
        {
            return TraversalResult(reading, [], paths: []);
        }

        var record = result.Records[0];
        var found = ((IReadOnlyList<object?>)record["found"]!).Select(item => (IReadOnlyList<object?>)item!).ToList();
        var idsByElementId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var values in found)
        {
            var (ids, elementIds) = ((IReadOnlyList<object?>)values[0]!, (IReadOnlyList<object?>)values[1]!);
            for (var k = 0; k < ids.Count; k++)
            {
                idsByElementId[(string)elementIds[k]!] = (string)ids[k]!;
            }
        }

        var nodes = ReadPathNodes(plan, (IReadOnlyList<object?>)record["nodes"]!, idsByElementId, reading);
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var paths = new List<FoundPath>();
        foreach (var values in found)
        {
            var ids = ((IReadOnlyList<object?>)values[0]!).Select(id => (string)id!).ToList();
            var steps = (IReadOnlyList<object?>)values[2]!;
            var maps = edgeProperties.Count == 0 ? null : (IReadOnlyList<object?>)values[3]!;
            var edges = new List<GraphEdge>(steps.Count);
            for (var k = 0; k < steps.Count; k++)
            {
                var stepValues = (IReadOnlyList<object?>)steps[k]!;
                var type = _model.FindRelationship((string)stepValues[0]!)!;
                var (from, to) = (bool)stepValues[1]! ? (ids[k], ids[k + 1]) : (ids[k + 1], ids[k]);
                edges.Add(new GraphEdge(type.Type, from, to, EdgeProperties(maps?[k], type)));
            }

            paths.Add(new FoundPath([.. ids.Select(id => byId[id])], edges));
        }

        return TraversalResult(reading, nodes, paths: paths);
    }

    /// <summary>The paths plan's text, its values into <paramref name="parameters"/> (<see cref="CachedPathsStatement"/>).</summary>
    private string PathsStatement(
        PlanQuery plan, PathQuery query, IReadOnlyList<string> types, IReadOnlyList<string> edgeProperties, CypherParameters parameters)
    {
        var ends = EndConditions(parameters, query.AsOf, "a", "b");
        var hops = query.MaxHops.ToString(CultureInfo.InvariantCulture);
        var step = Step(types, query.AsOf);
        var pattern = query.ShortestOnly ? $"ALL SHORTEST (a){step}{{1,{hops}}}(b)" : $"(a){step}{{1,{hops}}}(b)";
        // A quantified pattern never repeats a relationship; simple paths must not repeat a node either.
        var simple = query.ShortestOnly ? string.Empty : " WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))";
        var edgeMaps = edgeProperties.Count == 0 ? string.Empty : $", [e IN rs | e{{{PropertyMap(edgeProperties)}}}]";
        var (calls, columns) = SelectionCalls(plan.Selections, "n", SelectionNumbers(plan), parameters);
        // The ids are read once per path, for the order and the answer; a relationship's start is one of its two ends, so
        // ordering by the start's id is ordering by ids[k] or ids[k + 1]. Each node of the kept paths is read once.
        var cypher = $"""
            MATCH (a:{Cypher.EntityLabel} {"{"}id: $from{"}"}), (b:{Cypher.EntityLabel} {"{"}id: $to{"}"}){Where(ends)}
            MATCH p = {pattern}{simple}
            WITH p, [x IN nodes(p) | x.id] AS ids
            ORDER BY length(p), ids, [r IN relationships(p) | type(r)],
              [k IN range(0, length(p) - 1) | CASE WHEN startNode(relationships(p)[k]) = nodes(p)[k] THEN ids[k] ELSE ids[k + 1] END]
            LIMIT $limit
            WITH ids, nodes(p) AS ns, relationships(p) AS rs
            WITH collect([ids, [x IN ns | elementId(x)], [k IN range(0, size(rs) - 1) | [type(rs[k]), startNode(rs[k]) = ns[k]]]{edgeMaps}])
              AS found, collect(ns) AS walked
            CALL (walked) {"{"} UNWIND walked AS w UNWIND w AS n WITH DISTINCT n{calls}
              RETURN collect([elementId(n), {PathNodeColumns(plan.RootProperties)}{columns}]) AS nodes {"}"}
            RETURN found, nodes
            """;
        SetPathsValues(query, parameters);
        return cypher;
    }

    private async Task<PlanResult> NeighbourhoodPlanAsync(
        PlanQuery plan, PlanTraversal traversal, NeighbourhoodQuery query, CancellationToken cancellationToken)
    {
        var types = TraversalLimits.CheckNeighbourhood(_model, query);
        var edgeProperties = TraversalEdgeProperties(traversal, types);
        var (cypher, parameters) = CachedNeighbourhoodStatement(plan, traversal, query, types, edgeProperties);
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        var reading = new PlanReading();
        if (result.Records.Count == 0)
        {
            return TraversalResult(reading, [], subgraph: new Subgraph([], [], false));
        }

        var record = result.Records[0];
        var (nodes, ids) = ReadTraversalNodes(plan, (IReadOnlyList<object?>)record["nodes"]!, traversal.ReadsEdges, reading);
        var edges = ((IReadOnlyList<object?>)record["rels"]!).Select(item =>
        {
            var values = (IReadOnlyList<object?>)item!;
            var type = _model.FindRelationship((string)values[0]!)!;
            return new GraphEdge(type.Type, ids[(string)values[1]!], ids[(string)values[2]!],
                EdgeProperties(edgeProperties.Count == 0 ? null : values[3], type));
        }).ToList();
        return TraversalResult(reading, nodes, subgraph: new Subgraph(nodes, edges, (bool)record["truncated"]!));
    }

    /// <summary>The neighbourhood plan's text, its values into <paramref name="parameters"/>.</summary>
    private string NeighbourhoodStatement(
        PlanQuery plan, PlanTraversal traversal, NeighbourhoodQuery query, IReadOnlyList<string> types,
        IReadOnlyList<string> edgeProperties, CypherParameters parameters)
    {
        var start = NodeConditions(parameters, null, "s", AllLabels, query.AsOf);
        start.Insert(0, "s.id IN $ids");
        var depth = query.Depth.ToString(CultureInfo.InvariantCulture);
        var typeList = types.Count == 0 ? string.Empty : ":" + string.Join('|', types.Select(Cypher.Name));
        var edgeAsOf = query.AsOf is null ? string.Empty : " AND " + CypherAsOf.Edge("r");
        var edgeMap = edgeProperties.Count == 0 ? string.Empty : $", r{{{PropertyMap(edgeProperties)}}}";
        // A relationship's ends are named by element id (no db hit), matched to the nodes' own element ids when read back.
        var relationships = traversal.ReadsEdges
            ? $"""
               CALL (kept) {"{"}
                 UNWIND kept AS x MATCH (x)-[r{typeList}]->(y) WHERE y IN kept{edgeAsOf}
                 RETURN collect([type(r), elementId(x), elementId(y){edgeMap}]) AS rels
               {"}"}
               """
            : "WITH kept, truncated, [] AS rels";
        var (calls, columns) = SelectionCalls(plan.Selections, "n", SelectionNumbers(plan), parameters);
        var elementId = traversal.ReadsEdges ? "elementId(n), " : string.Empty;
        // ANY SHORTEST per (start, reached) pair is a breadth-first search; min over the starts gives each node's distance.
        // One node more than the limit is kept to tell whether the cut left anything out.
        var cypher = $"""
            MATCH (s:{Cypher.EntityLabel}) WHERE {string.Join(" AND ", start)}
            MATCH p = ANY SHORTEST (s){Step(types, query.AsOf)}{"{"}0,{depth}{"}"}(n)
            WITH n, min(length(p)) AS dist ORDER BY dist, n.id LIMIT $limit + 1
            WITH collect(n) AS found
            WITH found[..$limit] AS kept, size(found) > $limit AS truncated
            {relationships}
            CALL (kept) {"{"} UNWIND kept AS n{calls}
              RETURN collect([{elementId}{NodeColumns("n", plan.RootProperties, AllLabels)}{columns}]) AS nodes {"}"}
            RETURN nodes, rels, truncated
            """;
        SetNeighbourhoodValues(query, parameters);
        return cypher;
    }

    /// <summary>The traversal's nodes in the statement's order, each read with its selections; with element ids, their ids by element id.</summary>
    private (List<GraphNode> Nodes, Dictionary<string, string> IdsByElementId) ReadTraversalNodes(
        PlanQuery plan, IReadOnlyList<object?> items, bool elementIds, PlanReading reading)
    {
        var nodes = new List<GraphNode>(items.Count);
        var ids = new Dictionary<string, string>(elementIds ? items.Count : 0, StringComparer.Ordinal);
        foreach (var item in items)
        {
            var values = (IReadOnlyList<object?>)item!;
            var position = elementIds ? 1 : 0;
            var node = ReadNode(values, ref position, plan.RootProperties, AllLabels);
            if (elementIds)
            {
                ids[(string)values[0]!] = node.Id;
            }

            nodes.Add(node);
            ReadSelections(plan.Selections, node, values, ref position, reading);
        }

        return (nodes, ids);
    }

    /// <summary>
    /// A path node's columns: the whole node when every property is read, else its labels and the read properties but its
    /// id, which the paths already carry (read once per path for their order; not read again per node).
    /// </summary>
    private string PathNodeColumns(IReadOnlyList<string>? properties)
    {
        if (properties is null)
        {
            return "n";
        }

        var others = ProjectedNodeProperties(properties, AllLabels).Skip(1).Select(p => "." + Cypher.Name(p)).ToList();
        return others.Count == 0 ? "labels(n)" : $"labels(n), n{{{string.Join(", ", others)}}}";
    }

    /// <summary>Reads the nodes written with <see cref="PathNodeColumns"/> (each after its element id), each with its selections.</summary>
    private List<GraphNode> ReadPathNodes(
        PlanQuery plan, IReadOnlyList<object?> items, Dictionary<string, string> idsByElementId, PlanReading reading)
    {
        var nodes = new List<GraphNode>(items.Count);
        var others = plan.RootProperties is null ? 0 : ProjectedNodeProperties(plan.RootProperties, AllLabels).Count() - 1;
        foreach (var item in items)
        {
            var values = (IReadOnlyList<object?>)item!;
            var position = 1;
            GraphNode node;
            if (plan.RootProperties is null)
            {
                node = FromEntity(values[position++]);
            }
            else
            {
                var label = Neo4jValues.OwnLabel(values[position++]);
                var map = new Dictionary<string, object?>(StringComparer.Ordinal) { [CommonProperties.Id] = idsByElementId[(string)values[0]!] };
                if (others > 0)
                {
                    foreach (var (name, value) in (IReadOnlyDictionary<string, object?>)values[position++]!)
                    {
                        map[name] = value;
                    }
                }

                node = ToNode(label, map);
            }

            nodes.Add(node);
            ReadSelections(plan.Selections, node, values, ref position, reading);
        }

        return nodes;
    }

    private static PlanResult TraversalResult(
        PlanReading reading, List<GraphNode> nodes, Subgraph? subgraph = null, IReadOnlyList<FoundPath>? paths = null)
    {
        var result = reading.ToResult(new NodePage(nodes, nodes.Count));
        if (subgraph is not null)
        {
            result.AddTraversal(subgraph);
        }

        if (paths is not null)
        {
            result.AddTraversal(paths);
        }

        return result;
    }

    /// <summary>
    /// The relationship properties a traversal returns: those the request reads (every one when it does not say) that some
    /// allowed type declares; none when it reads no relationship.
    /// </summary>
    private List<string> TraversalEdgeProperties(PlanTraversal traversal, IReadOnlyList<string> types)
    {
        if (!traversal.ReadsEdges)
        {
            return [];
        }

        var allowed = types.Count == 0 ? _model.RelationshipTypes : [.. types.Select(t => _model.FindRelationship(t)!)];
        var declared = allowed.SelectMany(t => t.Properties).Select(p => p.Name).Distinct(StringComparer.Ordinal);
        return [.. declared.Where(p => traversal.EdgeProperties?.Contains(p, StringComparer.Ordinal) ?? true).Order(StringComparer.Ordinal)];
    }

    private static string PropertyMap(IEnumerable<string> properties) => string.Join(", ", properties.Select(p => "." + Cypher.Name(p)));

    private static Dictionary<string, object?> EdgeProperties(object? map, RelationshipType type) => map is null
        ? new Dictionary<string, object?>(StringComparer.Ordinal)
        : Neo4jValues.ReadProperties((IReadOnlyDictionary<string, object?>)map, type.Properties);

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
