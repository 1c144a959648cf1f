using System.Text.Json;
using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Neighbours and neighbour counts of many parents, one statement each: the far label test, the filter and the as-of
/// conditions apply before ROW_NUMBER cuts each parent's page; sources are read in the same read transaction.
/// </summary>
public sealed partial class EmbeddedStore
{
    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        // Checked even for no parents, so a wrong query fails the same way whatever the batch.
        _filters.Normalise(query.Where, NeighbourLabels.Of(_model, query).Labels);
        if (query.ParentIds.Count == 0)
        {
            return [];
        }

        await using var session = await ReadAsync(cancellationToken);
        return await GetNeighboursAsync(session, query, cancellationToken);
    }

    private async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(ReadSession session, NeighbourQuery query, CancellationToken cancellationToken)
    {
        var (relationship, labels) = NeighbourLabels.Of(_model, query);
        var where = _filters.Normalise(query.Where, labels);
        await using var command = session.Command();
        var order = SqliteOrderBy.Terms(query.Order, name => FindOnAny(labels, name), "n");
        var (from, conditions) = NeighbourJoin(command, query, relationship, labels, where);
        // One statement for the whole batch: ROW_NUMBER per parent applies the per-parent window inside SQLite.
        command.CommandText = $"""
            SELECT parent, from_id, to_id, eprops, id, label, props FROM (
              SELECT k.value AS parent, e.from_id, e.to_id, e.props AS eprops, n.id, n.label, n.props,
                     ROW_NUMBER() OVER (PARTITION BY k.value ORDER BY {order}) AS rank
              {from}
              WHERE 1{conditions})
            WHERE rank > $skip AND ($take IS NULL OR rank <= $skip + $take)
            ORDER BY parent, rank
            """;
        command.Parameters.AddWithValue("$skip", Math.Max(0, query.SkipPerParent));
        command.Parameters.AddWithValue("$take", (object?)query.TakePerParent ?? DBNull.Value);
        var neighbours = new List<Neighbour>();
        await using (var reader = await command.ExecuteTracedReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var edge = ToEdge(relationship.Type, reader.GetString(1), reader.GetString(2), reader.GetString(3));
                neighbours.Add(new Neighbour(reader.GetString(0), edge, ToNode(reader.GetString(4), reader.GetString(5), reader.GetString(6))));
            }
        }

        return query.WithSources ? await WithSourcesAsync(session, neighbours, query.AsOf, cancellationToken) : neighbours;
    }

    public async Task<IReadOnlyDictionary<string, long>> CountNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await ReadAsync(cancellationToken);
        return await CountNeighboursAsync(session, query, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<string, long>> CountNeighboursAsync(
        ReadSession session, NeighbourQuery query, CancellationToken cancellationToken)
    {
        var (relationship, labels) = NeighbourLabels.Of(_model, query);
        var where = _filters.Normalise(query.Where, labels);
        var counts = query.ParentIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        if (counts.Count == 0)
        {
            return counts;
        }

        await using var command = session.Command();
        var (from, conditions) = NeighbourJoin(command, query with { ParentIds = counts.Keys }, relationship, labels, where);
        command.CommandText = $"SELECT k.value, count(*) {from} WHERE 1{conditions} GROUP BY k.value";
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>
    /// The FROM of a neighbour query (parents, edges of the type, far nodes) and its conditions, parameters added, named
    /// with <paramref name="suffix"/> so that several neighbour queries can be members of one statement;
    /// <paramref name="nodesIndex"/> names the index the far nodes are read through when the caller knows a better one.
    /// </summary>
    private (string From, string Conditions) NeighbourJoin(
        Microsoft.Data.Sqlite.SqliteCommand command, NeighbourQuery query, RelationshipType relationship, IReadOnlyList<string> labels, Filter? where,
        string suffix = "", string? nodesIndex = null)
    {
        var conditions = NodeConditions(command, where, "n", labels, query.AsOf, "$f" + suffix + (suffix.Length > 0 ? "_" : string.Empty));
        if (query.AsOf is not null)
        {
            conditions += " AND " + SqlAsOf.Row("e");
        }

        var allowed = query.Direction == EdgeDirection.Outgoing ? relationship.To : relationship.From;
        if (labels.Count < allowed.Count)
        {
            command.Parameters.AddWithValue("$labels" + suffix, JsonSerializer.Serialize(labels));
            conditions += $" AND n.label IN (SELECT value FROM json_each($labels{suffix}))";
        }

        var (parentColumn, neighbourColumn) = query.Direction == EdgeDirection.Outgoing ? ("from_id", "to_id") : ("to_id", "from_id");
        command.Parameters.AddWithValue("$ids" + suffix, JsonSerializer.Serialize(query.ParentIds));
        command.Parameters.AddWithValue("$type" + suffix, relationship.Type);
        return ($"""
            FROM json_each($ids{suffix}) AS k
              JOIN edges AS e ON e.{parentColumn} = k.value AND e.type = $type{suffix}
              JOIN nodes AS n{(nodesIndex is null ? string.Empty : " INDEXED BY " + nodesIndex)} ON n.id = e.{neighbourColumn}
            """, conditions);
    }
}
