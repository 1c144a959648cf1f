using System.Text.Json;
using GraphServer.Model;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The derived node <c>version</c> (see <see cref="CommonProperties.Version"/>) in the embedded store: kept inside the
/// props JSON by the upsert itself (<see cref="SqliteWriter"/>), checked here against a change set's expected versions
/// inside the IMMEDIATE write transaction, so no other writer can slip in between the check and the write.
/// </summary>
internal static class SqliteVersions
{
    private const string Path = "'$." + CommonProperties.Version + "'";

    /// <summary>The upsert's props on insert: the given properties at version 1.</summary>
    public const string OnInsert = "json_set($props, " + Path + ", 1)";

    /// <summary>The upsert's props on update: the given properties at the stored version plus one (0 when none was stored).</summary>
    public const string OnUpdate = "json_set(excluded.props, " + Path + ", ifnull(json_extract(nodes.props, " + Path + "), 0) + 1)";

    /// <summary>Nodes stored before versions existed get version 1, so "0" always means "not stored". Idempotent.</summary>
    public static async Task BackfillAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE nodes SET props = json_set(props, {Path}, 1) WHERE json_extract(props, {Path}) IS NULL";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task CheckAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyDictionary<string, long> expected,
            CancellationToken cancellationToken)
    {
        if (expected.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"SELECT n.id, ifnull(json_extract(n.props, {Path}), 0) FROM json_each($ids) AS k JOIN nodes AS n ON n.id = k.value";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(expected.Keys));
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var stale = StaleVersionException.Mismatches(expected, stored);
        if (stale.Count > 0)
        {
            throw new StaleVersionException(stale);
        }
    }
}
