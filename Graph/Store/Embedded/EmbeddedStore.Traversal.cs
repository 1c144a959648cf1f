using System.Text.Json;
using GraphServer.Store.Planning;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Traversals: breadth-first in C#, one batched SQL lookup per level (every edge touching the frontier, through the
/// two edge indexes), all in one read snapshot.
/// </summary>
public sealed partial class EmbeddedStore
{
    public async Task<IReadOnlyList<FoundPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await ReadAsync(cancellationToken);
        return await FindPathsAsync(session, query, cancellationToken);
    }

    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await ReadAsync(cancellationToken);
        return await GetNeighbourhoodAsync(session, query, cancellationToken);
    }

    /// <summary>A plan's traversal root in the plan's read transaction: its nodes (each once) are the parents of the plan's selections.</summary>
    private async Task<PlanResult> TraversalRootAsync(ReadSession session, PlanTraversal traversal, CancellationToken cancellationToken)
    {
        return traversal.Neighbourhood is { } query
            ? PlanResult.Around(await GetNeighbourhoodAsync(session, query, cancellationToken))
            : PlanResult.Along(await FindPathsAsync(session, traversal.Paths!, cancellationToken));
    }

    private async Task<IReadOnlyList<FoundPath>> FindPathsAsync(ReadSession session, PathQuery query, CancellationToken cancellationToken)
    {
        var types = TraversalLimits.CheckPaths(_model, query);
        var ends = await VisibleAsync(session, [query.FromId, query.ToId], query.AsOf, cancellationToken);
        if (ends.Count < 2 || query.FromId == query.ToId)
        {
            return [];
        }

        var search = new PathSearch((ids, other) => IncidentEdgesAsync(session, ids, other, types, query.AsOf, cancellationToken));
        var walks = await search.FindAsync(query.FromId, query.ToId, query.MaxHops, query.ShortestOnly, query.Limit);
        var ids = walks.SelectMany(w => w.SelectMany(e => new[] { e.FromId, e.ToId })).Append(query.FromId).Distinct().ToList();
        var (nodes, edges) = await PathPartsAsync(session, ids, walks.SelectMany(w => w), cancellationToken);
        return walks.Select(walk =>
        {
            var path = new List<GraphNode> { nodes[query.FromId] };
            foreach (var edge in walk)
            {
                path.Add(nodes[edge.FromId == path[^1].Id ? edge.ToId : edge.FromId]);
            }

            return new FoundPath(path, walk.Select(e => edges[(e.Type, e.FromId, e.ToId)]).ToList());
        }).ToList();
    }

    /// <summary>
    /// The nodes of the found paths and their edges with properties, in one statement: the walk read only the edges' ends.
    /// </summary>
    private async Task<(Dictionary<string, GraphNode> Nodes, Dictionary<(string, string, string), GraphEdge> Edges)> PathPartsAsync(
        ReadSession session, IReadOnlyCollection<string> ids, IEnumerable<GraphEdge> walked, CancellationToken cancellationToken)
    {
        var keys = walked.Select(e => (e.Type, e.FromId, e.ToId)).Distinct().ToList();
        await using var command = session.Command();
        command.CommandText = """
            SELECT 0, n.id, n.label, n.props, NULL FROM json_each($ids) AS k JOIN nodes AS n ON n.id = k.value
            UNION ALL
            SELECT 1, e.type, e.from_id, e.props, e.to_id FROM json_each($edges) AS k
              JOIN edges AS e ON e.from_id = json_extract(k.value, '$[1]') AND e.type = json_extract(k.value, '$[0]')
                AND e.to_id = json_extract(k.value, '$[2]')
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        command.Parameters.AddWithValue("$edges", JsonSerializer.Serialize(keys.Select(k => new[] { k.Type, k.FromId, k.ToId })));
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string, string), GraphEdge>();
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetInt32(0) == 0)
            {
                nodes[reader.GetString(1)] = ToNode(reader.GetString(1), reader.GetString(2), reader.GetString(3));
            }
            else
            {
                var edge = ToEdge(reader.GetString(1), reader.GetString(2), reader.GetString(4), reader.GetString(3));
                edges[(edge.Type, edge.FromId, edge.ToId)] = edge;
            }
        }

        return (nodes, edges);
    }

    /// <summary>The neighbourhood inside a read session another read shares (a timeline's or a traversal's plan).</summary>
    private async Task<Subgraph> GetNeighbourhoodAsync(ReadSession session, NeighbourhoodQuery query, CancellationToken cancellationToken)
    {
        var types = TraversalLimits.CheckNeighbourhood(_model, query);
        var dist = new Dictionary<string, int>(StringComparer.Ordinal);
        var front = (await VisibleAsync(session, query.StartIds.Distinct().ToList(), query.AsOf, cancellationToken)).ToList();
        front.ForEach(id => dist[id] = 0);
        for (var depth = 1; depth <= query.Depth && front.Count > 0 && dist.Count <= query.Limit; depth++)
        {
            var next = new List<string>();
            foreach (var edge in (await IncidentEdgesAsync(session, front, null, types, query.AsOf, cancellationToken)).Edges)
            {
                foreach (var id in new[] { edge.FromId, edge.ToId })
                {
                    if (dist.TryAdd(id, depth))
                    {
                        next.Add(id);
                    }
                }
            }

            front = next;
        }

        // Closest first, ties by id: the same cut in both stores.
        var kept = dist.OrderBy(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Take(query.Limit).Select(d => d.Key).ToList();
        var nodes = await GetNodesAsync(session, kept, cancellationToken);
        await using var command = session.Command();
        // `+e.to_id`: the kept set is a filter on each node's own edges (by the key's from_id and type), not a key
        // column; as a key column SQLite probed every kept node times every type for every node (12x slower at 200 nodes).
        command.CommandText = $"""
            SELECT e.type, e.from_id, e.to_id, e.props FROM json_each($ids) AS k JOIN edges AS e ON e.from_id = k.value
            WHERE 1{TypeCondition(command, types)} AND +e.to_id IN (SELECT value FROM json_each($ids)){EdgeAsOf(command, query.AsOf)}
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(kept));
        var edges = await ReadEdgesAsync(command, cancellationToken);
        return new Subgraph(nodes.OrderBy(n => dist[n.Id]).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(), edges, dist.Count > query.Limit);
    }

    /// <summary>
    /// Every edge of an allowed type touching one of <paramref name="ids"/>, in either direction, whose far end is visible;
    /// when <paramref name="other"/> is given and edges join the two sets, only those (Joining), from one statement either
    /// way: the full walk runs only when the probe found nothing (SQLite evaluates the uncorrelated NOT EXISTS once).
    /// </summary>
    private async Task<(IReadOnlyList<GraphEdge> Edges, bool Joining)> IncidentEdgesAsync(
        ReadSession session, IReadOnlyCollection<string> ids, IReadOnlyCollection<string>? other, IReadOnlyList<string> types, DateOnly? asOf,
        CancellationToken cancellationToken)
    {
        await using var command = session.Command();
        var typeCondition = TypeCondition(command, types);
        var asOfCondition = EdgeAsOf(command, asOf);
        var unlessJoined = other is null ? string.Empty : " AND NOT EXISTS (SELECT 1 FROM joining)";
        string Side(string near, string far) => asOf is null
            ? $"SELECT 0, e.type, e.from_id, e.to_id FROM json_each($ids) AS k JOIN edges AS e ON e.{near} = k.value WHERE 1{typeCondition}{unlessJoined}"
            : $"""
              SELECT 0, e.type, e.from_id, e.to_id FROM json_each($ids) AS k JOIN edges AS e ON e.{near} = k.value
              JOIN nodes AS m ON m.id = e.{far} WHERE 1{typeCondition}{asOfCondition} AND {SqlAsOf.Node(_model, "m", AllLabels)}{unlessJoined}
              """;
        // The other frontier's nodes are visible already (each was reached over a visible edge or checked as an end).
        // CROSS JOIN keeps this nesting: each pair is one key probe (SQLite otherwise walks every edge of k under each o).
        string Joining(string near, string far) =>
            $"SELECT e.type, e.from_id, e.to_id FROM json_each($ids) AS k CROSS JOIN json_each($other) AS o CROSS JOIN edges AS e ON e.{near} = k.value " +
            $"AND e.{far} = o.value WHERE 1{typeCondition}{asOfCondition}";
        var walk = Side("from_id", "to_id") + "\nUNION ALL\n" + Side("to_id", "from_id");
        command.CommandText = other is null
            ? walk
            : $"WITH joining AS MATERIALIZED ({Joining("from_id", "to_id")}\nUNION ALL\n{Joining("to_id", "from_id")})\n" +
              $"SELECT 1, type, from_id, to_id FROM joining\nUNION ALL\n{walk}";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        if (other is not null)
        {
            command.Parameters.AddWithValue("$other", JsonSerializer.Serialize(other));
        }

        // A walk touches many more edges than it returns: only their ends are read here (PathPartsAsync reads the kept
        // ones whole), which also lets the incoming side run on the target index alone.
        var edges = new List<GraphEdge>();
        var joining = false;
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            joining |= reader.GetInt32(0) == 1;
            edges.Add(new GraphEdge(reader.GetString(1), reader.GetString(2), reader.GetString(3), NoProperties));
        }

        return (edges, joining);
    }

    /// <summary>The ids among <paramref name="ids"/> that are stored and visible on the day.</summary>
    private async Task<HashSet<string>> VisibleAsync(ReadSession session, IReadOnlyCollection<string> ids, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await using var command = session.Command();
        var conditions = NodeConditions(command, null, "n", AllLabels, asOf);
        command.CommandText = $"SELECT n.id FROM json_each($ids) AS k JOIN nodes AS n ON n.id = k.value WHERE 1{conditions}";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        var visible = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            visible.Add(reader.GetString(0));
        }

        return visible;
    }

    private async Task<List<GraphEdge>> ReadEdgesAsync(Microsoft.Data.Sqlite.SqliteCommand command, CancellationToken cancellationToken)
    {
        var edges = new List<GraphEdge>();
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            edges.Add(ToEdge(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return edges;
    }

    private static string TypeCondition(Microsoft.Data.Sqlite.SqliteCommand command, IReadOnlyList<string> types)
    {
        if (types.Count == 0)
        {
            return string.Empty;
        }

        command.Parameters.AddWithValue("$types", JsonSerializer.Serialize(types));
        return " AND e.type IN (SELECT value FROM json_each($types))";
    }

    private static string EdgeAsOf(Microsoft.Data.Sqlite.SqliteCommand command, DateOnly? asOf)
    {
        if (asOf is null)
        {
            return string.Empty;
        }

        if (!command.Parameters.Contains(SqlAsOf.Parameter))
        {
            command.Parameters.AddWithValue(SqlAsOf.Parameter, AsOfDay.Format(asOf));
        }

        return " AND " + SqlAsOf.Row("e");
    }

    /// <summary>The properties of an edge whose ends only were read.</summary>
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    private IReadOnlyList<string> AllLabels => _model.NodeTypes.Select(t => t.Label).ToList();
}
