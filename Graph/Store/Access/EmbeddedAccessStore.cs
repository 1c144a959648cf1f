using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Access;

/// <summary>
/// The audit log and API keys in the embedded store's own SQLite file (tables <c>audit_log</c>, <c>audit_head</c>,
/// <c>api_keys</c>; the graph's queries read only their own tables). An append is one <c>BEGIN IMMEDIATE</c>
/// transaction, which SQLite serialises across threads and processes (the server and the CLI share the file).
/// </summary>
public sealed class EmbeddedAccessStore(string databasePath, TimeProvider? time = null) : IAccessStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS audit_log (
            sequence INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, kind TEXT NOT NULL,
            operation_name TEXT, operation_hash TEXT, variables TEXT NOT NULL, touched_ids TEXT NOT NULL,
            previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), sequence INTEGER NOT NULL, hash TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS api_keys (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL, revoked_at TEXT);
        """;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, Schema, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // IMMEDIATE takes the write lock before reading the head, so no two appends can read the same head.
        await ExecuteAsync(connection, "BEGIN IMMEDIATE", cancellationToken).ConfigureAwait(false);
        try
        {
            var (sequence, hash) = await HeadAsync(connection, cancellationToken).ConfigureAwait(false);
            var entry = AuditChain.Link(sequence + 1, AuditChain.Timestamp(_time.GetUtcNow()), record, hash);
            await using (var insert = connection.CreateCommand())
            {
                insert.CommandText = """
                    INSERT INTO audit_log (sequence, at, actor, role, kind, operation_name, operation_hash, variables, touched_ids,
                        previous_hash, hash)
                    VALUES ($sequence, $at, $actor, $role, $kind, $name, $operation, $variables, $ids, $previous, $hash);
                    INSERT INTO audit_head (id, sequence, hash) VALUES (1, $sequence, $hash)
                    ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash;
                    """;
                insert.Parameters.AddWithValue("$sequence", entry.Sequence);
                insert.Parameters.AddWithValue("$at", entry.At);
                insert.Parameters.AddWithValue("$actor", record.Actor);
                insert.Parameters.AddWithValue("$role", record.Role);
                insert.Parameters.AddWithValue("$kind", record.Kind);
                insert.Parameters.AddWithValue("$name", (object?)record.OperationName ?? DBNull.Value);
                insert.Parameters.AddWithValue("$operation", (object?)record.OperationHash ?? DBNull.Value);
                insert.Parameters.AddWithValue("$variables", record.Variables);
                insert.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(record.TouchedIds));
                insert.Parameters.AddWithValue("$previous", entry.PreviousHash);
                insert.Parameters.AddWithValue("$hash", entry.Hash);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, "COMMIT", cancellationToken).ConfigureAwait(false);
            return entry;
        }
        catch
        {
            await ExecuteAsync(connection, "ROLLBACK", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadEntriesAsync(connection, afterSequence, take, cancellationToken).ConfigureAwait(false);
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // One read transaction: the head and the entries from the same snapshot, whatever is appended meanwhile.
        await ExecuteAsync(connection, "BEGIN", cancellationToken).ConfigureAwait(false);
        var (sequence, hash) = await HeadAsync(connection, cancellationToken).ConfigureAwait(false);
        var entries = await ReadEntriesAsync(connection, 0, int.MaxValue, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "COMMIT", cancellationToken).ConfigureAwait(false);
        return AuditChain.Verify(entries, sequence, hash);
    }

    public async Task<CreatedApiKey> CreateAsync(string name, AccessRole role, CancellationToken cancellationToken = default)
    {
        var (id, secret) = ApiKeySecret.Create();
        var key = new ApiKey(id, name, role, _time.GetUtcNow(), null);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_keys (id, name, role, hash, created_at) VALUES ($id, $name, $role, $hash, $created)";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$role", AccessRoles.NameOf(role));
        command.Parameters.AddWithValue("$hash", ApiKeySecret.Hash(secret));
        command.Parameters.AddWithValue("$created", AuditChain.Timestamp(key.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedApiKey(key, secret);
    }

    public async Task<ApiKey?> FindActiveAsync(string secret, CancellationToken cancellationToken = default)
    {
        var hash = ("$hash", ApiKeySecret.Hash(secret));
        var keys = await QueryKeysAsync("WHERE hash = $hash AND revoked_at IS NULL", hash, cancellationToken).ConfigureAwait(false);
        return keys.Count == 1 ? keys[0] : null;
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked_at = $now WHERE id = $id AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", AuditChain.Timestamp(_time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryKeysAsync("ORDER BY created_at, id", null, cancellationToken);

    private async Task<IReadOnlyList<ApiKey>> QueryKeysAsync(
        string tail, (string Name, string Value)? parameter, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, created_at, revoked_at FROM api_keys " + tail;
        if (parameter is { } p)
        {
            command.Parameters.AddWithValue(p.Name, p.Value);
        }

        var keys = new List<ApiKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            _ = AccessRoles.TryParse(reader.GetString(2), out var role);
            keys.Add(new ApiKey(reader.GetString(0), reader.GetString(1), role, Instant(reader.GetString(3)),
                reader.IsDBNull(4) ? null : Instant(reader.GetString(4))));
        }

        return keys;
    }

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    private static async Task<(long Sequence, string Hash)> HeadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, hash FROM audit_head WHERE id = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.GetInt64(0), reader.GetString(1))
            : (0, AuditChain.Genesis);
    }

    private static async Task<IReadOnlyList<AuditEntry>> ReadEntriesAsync(
        SqliteConnection connection, long afterSequence, int take, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, at, actor, role, kind, operation_name, operation_hash, variables, touched_ids, previous_hash, hash
            FROM audit_log WHERE sequence > $after ORDER BY sequence LIMIT $take
            """;
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$take", take);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var record = new AuditRecord(reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(7),
                JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? []);
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetString(1), record, reader.GetString(9), reader.GetString(10)));
        }

        return entries;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
