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
        if (traversal.Neighbourhood is { } query)
        {
            var subgraph = await GetNeighbourhoodAsync(session, query, cancellationToken);
            var around = new PlanResult(new NodePage(subgraph.Nodes, subgraph.Nodes.Count));
            around.AddTraversal(subgraph);
            return around;
        }

        var paths = await FindPathsAsync(session, traversal.Paths!, cancellationToken);
        var nodes = paths.SelectMany(p => p.Nodes).DistinctBy(n => n.Id, StringComparer.Ordinal).ToList();
        var result = new PlanResult(new NodePage(nodes, nodes.Count));
        result.AddTraversal(paths);
        return result;
    }

    private async Task<IReadOnlyList<FoundPath>> FindPathsAsync(ReadSession session, PathQuery query, CancellationToken cancellationToken)
    {
        var types = TraversalLimits.CheckPaths(_model, query);
        var ends = await VisibleAsync(session, [query.FromId, query.ToId], query.AsOf, cancellationToken);
        if (ends.Count < 2 || query.FromId == query.ToId)
        {
            return [];
        }

        var search = new PathSearch(ids => IncidentEdgesAsync(session, ids, types, query.AsOf, cancellationToken));
        var walks = await search.FindAsync(query.FromId, query.ToId, query.MaxHops, query.ShortestOnly, query.Limit);
        var ids = walks.SelectMany(w => w.SelectMany(e => new[] { e.FromId, e.ToId })).Append(query.FromId).Distinct().ToList();
        var nodes = (await GetNodesAsync(session, ids, cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return walks.Select(walk =>
        {
            var path = new List<GraphNode> { nodes[query.FromId] };
            foreach (var edge in walk)
            {
                path.Add(nodes[edge.FromId == path[^1].Id ? edge.ToId : edge.FromId]);
            }

            return new FoundPath(path, walk.Select(Parsed).ToList());
        }).ToList();
    }

    private async Task<Subgraph> GetNeighbourhoodAsync(ReadSession session, NeighbourhoodQuery query, CancellationToken cancellationToken)
    {
        var types = TraversalLimits.CheckNeighbourhood(_model, query);
        var dist = new Dictionary<string, int>(StringComparer.Ordinal);
        var front = (await VisibleAsync(session, query.StartIds.Distinct().ToList(), query.AsOf, cancellationToken)).ToList();
        front.ForEach(id => dist[id] = 0);
        for (var depth = 1; depth <= query.Depth && front.Count > 0 && dist.Count <= query.Limit; depth++)
        {
            var next = new List<string>();
            foreach (var edge in await IncidentEdgesAsync(session, front, types, query.AsOf, cancellationToken))
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
        command.CommandText = $"""
            SELECT e.type, e.from_id, e.to_id, e.props FROM json_each($ids) AS k JOIN edges AS e ON e.from_id = k.value
            WHERE e.to_id IN (SELECT value FROM json_each($ids)){TypeCondition(command, types)}{EdgeAsOf(command, query.AsOf)}
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(kept));
        var edges = await ReadEdgesAsync(command, cancellationToken);
        return new Subgraph(nodes.OrderBy(n => dist[n.Id]).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(), edges, dist.Count > query.Limit);
    }

    /// <summary>Every edge of an allowed type touching one of <paramref name="ids"/>, in either direction, whose far end is visible.</summary>
    private async Task<IReadOnlyList<GraphEdge>> IncidentEdgesAsync(
        ReadSession session, IReadOnlyCollection<string> ids, IReadOnlyList<string> types, DateOnly? asOf, CancellationToken cancellationToken)
    {
        await using var command = session.Command();
        var typeCondition = TypeCondition(command, types);
        var asOfCondition = EdgeAsOf(command, asOf);
        string Side(string near, string far) => asOf is null
            ? $"SELECT e.type, e.from_id, e.to_id, e.props FROM json_each($ids) AS k JOIN edges AS e ON e.{near} = k.value WHERE 1{typeCondition}"
            : $"""
              SELECT e.type, e.from_id, e.to_id, e.props FROM json_each($ids) AS k JOIN edges AS e ON e.{near} = k.value
              JOIN nodes AS m ON m.id = e.{far} WHERE 1{typeCondition}{asOfCondition} AND {SqlAsOf.Node(_model, "m", AllLabels)}
              """;
        command.CommandText = Side("from_id", "to_id") + "\nUNION ALL\n" + Side("to_id", "from_id");
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        // A walk touches many more edges than it returns: their properties are parsed only for the edges kept (see Parsed).
        var edges = new List<GraphEdge>();
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            edges.Add(new GraphEdge(reader.GetString(0), reader.GetString(1), reader.GetString(2), new UnparsedProperties(reader.GetString(3))));
        }

        return edges;
    }

    /// <summary>An edge from <see cref="IncidentEdgesAsync"/> with its properties in the model's shapes.</summary>
    private GraphEdge Parsed(GraphEdge edge) =>
        edge.Properties is UnparsedProperties raw ? ToEdge(edge.Type, edge.FromId, edge.ToId, raw.Json) : edge;

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

    private IReadOnlyList<string> AllLabels => _model.NodeTypes.Select(t => t.Label).ToList();
}
