using System.Text.Json;
using GraphServer.Model;
using GraphServer.Store.Querying;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Keeps the derived knownFrom inside the write transaction (see <see cref="KnownFromWork"/>): read what a record's
/// value depends on, compute it, store it in the record's JSON (or remove it when there is none).
/// </summary>
internal static class SqliteKnownFrom
{
    /// <summary>Stored publication dates of the Sources the change set writes, read before it writes them.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> PublishedAtAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphModel model, ChangeSet valid, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        var ids = valid.Nodes.Where(n => n.Label == model.SourceLabel).Select(n => n.Id).ToList();
        if (ids.Count == 0 || model.SourceLabel is null || model.GetNode(model.SourceLabel).KnownFrom is not { } published)
        {
            return result;
        }

        await using var command = Command(connection, transaction,
            $"SELECT n.id, {SqlNames.Property("n", published.Name)} FROM json_each($ids) AS k JOIN nodes AS n ON n.id = k.value");
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return result;
    }

    public static async Task UpdateAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphModel model, ChangeSet valid, IReadOnlyList<string> changedSources,
        CancellationToken cancellationToken)
    {
        if (model.Citation is not { } citation || model.SourceLabel is not { } source || model.GetNode(source).KnownFrom is not { } published)
        {
            return;
        }

        var work = KnownFromWork.Of(model, valid);
        var publishedAt = SqlNames.Property("s", published.Name);
        var nodeIds = new HashSet<string>(work.NodeIds, StringComparer.Ordinal);
        await using (var citers = Command(connection, transaction,
            "SELECT DISTINCT e.from_id FROM json_each($ids) AS k JOIN edges AS e ON e.to_id = k.value AND e.type = $cites"))
        {
            citers.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(work.SourceIds));
            citers.Parameters.AddWithValue("$cites", citation.Type);
            await using var reader = await citers.ExecuteTracedReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                nodeIds.Add(reader.GetString(0));
            }
        }

        await using (var node = Command(connection, transaction, $"""
            SELECT n.label, n.props, (SELECT min({publishedAt}) FROM edges AS e JOIN nodes AS s ON s.id = e.to_id
                                      WHERE e.from_id = n.id AND e.type = $cites AND s.label = $source)
            FROM nodes AS n WHERE n.id = $id
            """))
        {
            node.Parameters.AddWithValue("$cites", citation.Type);
            node.Parameters.AddWithValue("$source", source);
            var id = node.Parameters.Add("$id", SqliteType.Text);
            foreach (var nodeId in nodeIds)
            {
                id.Value = nodeId;
                string? value;
                await using (var reader = await node.ExecuteTracedReaderAsync(cancellationToken))
                {
                    if (!await reader.ReadAsync(cancellationToken) || model.FindNode(reader.GetString(0)) is not { } type)
                    {
                        continue;
                    }

                    var first = reader.IsDBNull(2) ? null : reader.GetString(2);
                    var own = type.KnownFrom is { } k ? PropertyJson.Read(reader.GetString(1), [k]).GetValueOrDefault(k.Name) as string : null;
                    value = own is null ? first : first is null || string.CompareOrdinal(own, first) >= 0 ? own : first;
                }

                await SetAsync(connection, transaction, "nodes", "id = $id", [("$id", nodeId)], value, cancellationToken);
            }
        }

        var edges = new HashSet<EdgeKey>(work.Edges);
        await using (var naming = Command(connection, transaction, $"""
            SELECT DISTINCT e.from_id, e.type, e.to_id FROM edges AS e, json_each(e.props, '$.{CommonProperties.SourceIds}') AS j
            WHERE j.value IN (SELECT value FROM json_each($ids))
            """))
        {
            // A full scan, paid only when a stored Source's publication date really changed.
            naming.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(changedSources));
            if (changedSources.Count > 0)
            {
                await using var reader = await naming.ExecuteTracedReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    edges.Add(new EdgeKey(reader.GetString(1), reader.GetString(0), reader.GetString(2)));
                }
            }
        }

        await using var edge = Command(connection, transaction, $"""
            SELECT (SELECT min({publishedAt}) FROM json_each(e.props, '$.{CommonProperties.SourceIds}') AS j
                    JOIN nodes AS s ON s.id = j.value AND s.label = $source)
            FROM edges AS e WHERE e.from_id = $from AND e.type = $type AND e.to_id = $to
            """);
        edge.Parameters.AddWithValue("$source", source);
        var (from, kind, to) = (edge.Parameters.Add("$from", SqliteType.Text), edge.Parameters.Add("$type", SqliteType.Text),
            edge.Parameters.Add("$to", SqliteType.Text));
        foreach (var key in edges)
        {
            (from.Value, kind.Value, to.Value) = (key.FromId, key.Type, key.ToId);
            var value = await edge.ExecuteTracedScalarAsync(cancellationToken) as string;
            await SetAsync(connection, transaction, "edges", "from_id = $from AND type = $type AND to_id = $to",
                [("$from", key.FromId), ("$type", key.Type), ("$to", key.ToId)], value, cancellationToken);
        }
    }

    private static async Task SetAsync(
        SqliteConnection connection, SqliteTransaction transaction, string table, string where, (string Name, string Value)[] keys, string? value,
        CancellationToken cancellationToken)
    {
        var path = $"'$.{CommonProperties.KnownFrom}'";
        await using var update = Command(connection, transaction, value is null
            ? $"UPDATE {table} SET props = json_remove(props, {path}) WHERE {where}"
            : $"UPDATE {table} SET props = json_set(props, {path}, $value) WHERE {where}");
        foreach (var (name, key) in keys)
        {
            update.Parameters.AddWithValue(name, key);
        }

        update.Parameters.AddWithValue("$value", (object?)value ?? DBNull.Value);
        await update.ExecuteTracedNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }
}
