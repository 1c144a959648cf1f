using System.Security.Cryptography;
using System.Text;
using GraphServer.Model;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The embedded store's tables, versioned. Nodes and edges keep their properties as JSON; edges are keyed both ways so
/// that neighbours of many parents are one index range each; every <see cref="PropertyFlags.Indexed"/> property gets
/// an expression index; <c>node_text</c> (FTS5) indexes the searchable properties. A database of an older version is
/// migrated in place; indexes and the text index follow the model (a fingerprint says when they must be rebuilt).
/// </summary>
internal static class SqliteSchema
{
    /// <summary>1: nodes keyed by id only. 2: a rowid per node (the text index's key), expression indexes, FTS5.</summary>
    public const int Version = 2;

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS schema_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL,
            props TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS nodes_by_label ON nodes (label, id);
        CREATE TABLE IF NOT EXISTS edges (
            from_id TEXT NOT NULL,
            type TEXT NOT NULL,
            to_id TEXT NOT NULL,
            props TEXT NOT NULL,
            PRIMARY KEY (from_id, type, to_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS edges_by_target ON edges (to_id, type, from_id);
        """;

    /// <summary>Porter stemming over unicode61 words, to match the Neo4j index's English analyzer (see Neo4jSchemaSetup).</summary>
    private const string TextTable = "CREATE VIRTUAL TABLE node_text USING fts5 (body, tokenize = 'porter unicode61 remove_diacritics 0');";

    /// <summary>Version 1 had nodes WITHOUT ROWID; move them into the version 2 table and index their text.</summary>
    private const string FromVersion1 = """
        DROP INDEX IF EXISTS nodes_by_label;
        ALTER TABLE nodes RENAME TO nodes_v1;
        """;

    public static async Task ApplyAsync(SqliteConnection connection, GraphModel model, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var version = await StoredVersionAsync(connection, transaction, cancellationToken);
        if (version > Version)
        {
            throw new InvalidOperationException($"The embedded store is at schema version {version}; this server knows up to {Version}. Upgrade the server.");
        }

        if (version == 1)
        {
            await ExecuteAsync(connection, transaction, FromVersion1, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, Tables, cancellationToken);
        if (version == 1)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO nodes (id, label, props) SELECT id, label, props FROM nodes_v1; DROP TABLE nodes_v1;",
                cancellationToken);
        }

        await DropStaleIndexesAsync(connection, transaction, model, cancellationToken);
        await ExecuteAsync(connection, transaction, IndexStatements(model), cancellationToken);
        var fingerprint = Fingerprint(model);
        if (version == 1 || await MetaAsync(connection, transaction, "text_fingerprint", cancellationToken) != fingerprint)
        {
            await RebuildTextAsync(connection, transaction, model, cancellationToken);
            await SetMetaAsync(connection, transaction, "text_fingerprint", fingerprint, cancellationToken);
        }

        await ExecuteAsync(connection, transaction, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({Version});", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The text the FTS index holds for a node: its searchable values, one per line.</summary>
    public static string TextOf(NodeType type, IReadOnlyDictionary<string, object?> properties) =>
        string.Join('\n', type.Searchable.Select(p => properties.GetValueOrDefault(p.Name)).Select(v => v switch
        {
            null => null,
            IEnumerable<string> list => string.Join(' ', list),
            _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
        }).Where(v => v is not null));

    /// <summary>
    /// Indexed properties with a closed vocabulary (statuses, kinds): the ones a parent's neighbours are counted by. Each
    /// also gets an index keyed by node id that holds its value (<see cref="SqlNames.ByIdIndex"/>), so that counting a
    /// country's citizens per status reads the statuses from that index instead of parsing every citizen's JSON.
    /// </summary>
    public static IReadOnlySet<string> CountedByIdProperties(GraphModel model) => model.NodeTypes
        .SelectMany(t => t.Properties)
        .Where(p => p.IsIndexed && p.AllowedValues is not null)
        .Select(p => p.Name)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// One expression index per indexed property name, matching <see cref="SqlNames.Property"/> exactly, and one keyed by
    /// id per <see cref="CountedByIdProperties"/>; created on every start, so a database from before an index existed
    /// gets it when it is opened; stale ones dropped.
    /// </summary>
    private static string IndexStatements(GraphModel model)
    {
        var text = new StringBuilder();
        foreach (var name in IndexedNames(model))
        {
            text.Append("CREATE INDEX IF NOT EXISTS ix_").Append(SqlNames.Checked(name)).Append(" ON nodes (label, json_extract(props, '$.")
                .Append(name).AppendLine("'));");
        }

        foreach (var name in CountedByIdProperties(model).Order(StringComparer.Ordinal))
        {
            text.Append("CREATE INDEX IF NOT EXISTS ").Append(SqlNames.ByIdIndex(name)).Append(" ON nodes (id, label, json_extract(props, '$.")
                .Append(name).AppendLine("'));");
        }

        return text.ToString();
    }

    private static List<string> IndexedNames(GraphModel model) =>
        [.. model.NodeTypes.SelectMany(t => t.Properties).Where(p => p.IsIndexed).Select(p => p.Name).Distinct(StringComparer.Ordinal)];

    private static async Task DropStaleIndexesAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphModel model, CancellationToken cancellationToken)
    {
        var wanted = IndexedNames(model).Select(name => "ix_" + name)
            .Concat(CountedByIdProperties(model).Select(SqlNames.ByIdIndex))
            .ToHashSet(StringComparer.Ordinal);
        var stale = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND (name GLOB 'ix_*' OR name GLOB 'ixid_*')";
            await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!wanted.Contains(reader.GetString(0)))
                {
                    stale.Add(reader.GetString(0));
                }
            }
        }

        // Index names were made from model names (plain), so they are safe to put back into DDL.
        await ExecuteAsync(connection, transaction, string.Concat(stale.Select(n => $"DROP INDEX IF EXISTS {SqlNames.Checked(n)};")), cancellationToken);
    }

    private static async Task RebuildTextAsync(SqliteConnection connection, SqliteTransaction transaction, GraphModel model, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, "DROP TABLE IF EXISTS node_text;" + TextTable, cancellationToken);
        var rows = new List<(long Rid, string Text)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT rid, label, props FROM nodes";
            await using var reader = await read.ExecuteTracedReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (model.FindNode(reader.GetString(1)) is { } type)
                {
                    rows.Add((reader.GetInt64(0), TextOf(type, PropertyJson.Read(reader.GetString(2), type.Properties))));
                }
            }
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO node_text (rowid, body) VALUES ($rid, $body)";
        var rid = insert.Parameters.Add("$rid", SqliteType.Integer);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var row in rows)
        {
            rid.Value = row.Rid;
            body.Value = row.Text;
            await insert.ExecuteTracedNonQueryAsync(cancellationToken);
        }
    }

    private static string Fingerprint(GraphModel model) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        TextTable + string.Join(';', model.NodeTypes.Select(t => t.Label + ":" + string.Join(',', t.Searchable.Select(p => p.Name)))))));

    private static async Task<long> StoredVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'schema_version') THEN 1 ELSE 0 END";
        if ((long)(await command.ExecuteTracedScalarAsync(cancellationToken))! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT ifnull(max(version), 0) FROM schema_version";
        return (long)(await command.ExecuteTracedScalarAsync(cancellationToken))!;
    }

    private static async Task<string?> MetaAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM schema_meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteTracedScalarAsync(cancellationToken) as string;
    }

    private static async Task SetMetaAsync(SqliteConnection connection, SqliteTransaction transaction, string key, string value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO schema_meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteTracedNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        if (sql.Length == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteTracedNonQueryAsync(cancellationToken);
    }
}
