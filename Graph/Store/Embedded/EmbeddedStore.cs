using GraphServer.Model;
using GraphServer.Store.Querying;
using GraphServer.Store.Validation;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The default store: SQLite in WAL mode in <c>{directory}/graph.db</c>. Readers run concurrently on pooled
/// connections, each call in one read transaction so it sees one snapshot; writes are serialised by one gate (SQLite
/// allows one writer) and each change set is one transaction, committed with synchronous=FULL so an acknowledged
/// write survives a killed process or a power cut.
/// </summary>
public sealed partial class EmbeddedStore : IGraphStore
{
    private readonly GraphModel _model;
    private readonly string _connectionString;
    /// <summary>Database handles (pooled under the connections) whose per-connection settings are applied.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> ConfiguredHandles = [];

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ChangeSetValidator _validator;
    private readonly FilterNormaliser _filters;

    /// <summary>Properties whose values an index keyed by node id holds (<see cref="SqliteSchema.CountedByIdProperties"/>).</summary>
    private readonly IReadOnlySet<string> _countedById;

    /// <summary>Open read connections with their prepared statements, shared with snapshot views.</summary>
    private readonly ReadConnections _readers;

    /// <summary>Set on a snapshot's view (<see cref="OpenSnapshotAsync"/>): every read runs in this one transaction.</summary>
    private readonly ReadSession? _snapshot;

    public EmbeddedStore(GraphModel model, string directory)
    {
        _model = model;
        _validator = new ChangeSetValidator(model);
        _filters = new FilterNormaliser(model);
        _countedById = SqliteSchema.CountedByIdProperties(model);
        Directory.CreateDirectory(directory);
        DatabasePath = Path.GetFullPath(Path.Combine(directory, "graph.db"));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _readers = new ReadConnections(OpenAsync);
    }

    /// <summary>A view of <paramref name="owner"/> whose reads all run in <paramref name="snapshot"/>.</summary>
    private EmbeddedStore(EmbeddedStore owner, ReadSession snapshot)
    {
        _model = owner._model;
        _validator = owner._validator;
        _filters = owner._filters;
        _countedById = owner._countedById;
        _connectionString = owner._connectionString;
        _writeGate = owner._writeGate;
        _readers = owner._readers;
        DatabasePath = owner.DatabasePath;
        _snapshot = snapshot;
    }

    public string Name => "embedded";

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        RefuseInSnapshot();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
            await SqliteSchema.ApplyAsync(connection, _model, cancellationToken);
            await SqliteVersions.BackfillAsync(connection, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await ExecuteAsync(connection, "SELECT 1", cancellationToken);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public async Task<long> CountNodesAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await ReadAsync(cancellationToken);
        await using var command = session.Command("SELECT count(*) FROM nodes");
        return (long)(await command.ExecuteTracedScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var session = await ReadAsync(cancellationToken);
        return await GetNodesAsync(session, ids, cancellationToken);
    }

    public async Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        RefuseInSnapshot();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            // IMMEDIATE takes the write lock before validation reads, so what was validated is what is written.
            await using var transaction = connection.BeginTransaction(deferred: false);
            await SqliteVersions.CheckAsync(connection, transaction, changes.ExpectedVersions, cancellationToken);
            var lookup = new StoredGraphLookup(
                ids => LabelsAsync(connection, transaction, ids, cancellationToken),
                ids => CitedAsync(connection, transaction, ids, cancellationToken),
                (type, outgoing, ids) => LinksAsync(connection, transaction, type, outgoing, ids, cancellationToken),
                ids => CitationsOfAsync(connection, transaction, ids, cancellationToken));
            var valid = await _validator.ValidateAsync(changes, lookup);
            var publishedBefore = await SqliteKnownFrom.PublishedAtAsync(connection, transaction, _model, valid, cancellationToken);
            await SqliteWriter.WriteAsync(connection, transaction, _model, valid, cancellationToken);
            await SqliteKnownFrom.UpdateAsync(connection, transaction, _model, valid, KnownFromWork.ChangedSources(_model, valid, publishedBefore),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_snapshot is not null)
        {
            // A snapshot's view owns nothing: the snapshot ends the transaction, the owner keeps the gate and the pool.
            return ValueTask.CompletedTask;
        }

        _writeGate.Dispose();
        _readers.Dispose();
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private static async Task<IReadOnlyDictionary<string, string>> LabelsAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT n.id, n.label FROM json_each($ids) AS k JOIN nodes AS n ON n.id = k.value";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            labels[reader.GetString(0)] = reader.GetString(1);
        }

        return labels;
    }

    private async Task<IReadOnlySet<string>> CitedAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT DISTINCT e.from_id FROM json_each($ids) AS k JOIN edges AS e ON e.from_id = k.value AND e.type = $cites";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        command.Parameters.AddWithValue("$cites", _model.Citation?.Type ?? string.Empty);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cited.Add(reader.GetString(0));
        }

        return cited;
    }

    /// <summary>
    /// What cites these Sources, in the writing transaction (the write lock is held, so nothing can start citing them
    /// before the delete commits). Relationships' sourceIds are not indexed: this scans them, and only a delete of a
    /// Source asks.
    /// </summary>
    private async Task<IReadOnlyList<StoredCitation>> CitationsOfAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT e.to_id, e.from_id, e.type, e.to_id FROM json_each($ids) AS k JOIN edges AS e ON e.to_id = k.value AND e.type = $cites
            UNION ALL
            SELECT s.value, e.from_id, e.type, e.to_id FROM edges AS e, json_each(e.props, $path) AS s
            WHERE e.type <> $cites AND s.value IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        command.Parameters.AddWithValue("$cites", _model.Citation?.Type ?? string.Empty);
        command.Parameters.AddWithValue("$path", "$." + CommonProperties.SourceIds);
        var citations = new List<StoredCitation>();
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            citations.Add(new StoredCitation(reader.GetString(0), new EdgeKey(reader.GetString(2), reader.GetString(1), reader.GetString(3))));
        }

        return citations;
    }

    private static async Task<IReadOnlyList<EdgeKey>> LinksAsync(
        SqliteConnection connection, SqliteTransaction transaction, string type, bool outgoing, IReadOnlyCollection<string> ids,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT e.from_id, e.to_id FROM json_each($ids) AS k JOIN edges AS e ON e.{(outgoing ? "from_id" : "to_id")} = k.value " +
            "AND e.type = $type";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        command.Parameters.AddWithValue("$type", type);
        var links = new List<EdgeKey>();
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            links.Add(new EdgeKey(type, reader.GetString(0), reader.GetString(1)));
        }

        return links;
    }

    /// <param name="properties">The properties to decode (a plan's projection); null: all.</param>
    private async Task<List<GraphNode>> GetNodesAsync(
        ReadSession session, IReadOnlyCollection<string> ids, CancellationToken cancellationToken, IReadOnlyList<string>? properties = null)
    {
        await using var command = session.Command();
        // json_each turns one JSON array parameter into a set, so the statement text is the same for any batch size.
        command.CommandText = "SELECT n.id, n.label, n.props FROM json_each($ids) AS k JOIN nodes AS n ON n.id = k.value";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        return await ReadNodesAsync(command, cancellationToken, properties);
    }

    private async Task<List<GraphNode>> ReadNodesAsync(SqliteCommand command, CancellationToken cancellationToken, IReadOnlyList<string>? properties = null)
    {
        var nodes = new List<GraphNode>();
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            nodes.Add(ToNode(reader.GetString(0), reader.GetString(1), reader.GetString(2), properties));
        }

        return nodes;
    }

    private PropertyDefinition? FindOnAny(IReadOnlyList<string> labels, string name) =>
        labels.Select(l => _model.GetNode(l).FindProperty(name)).FirstOrDefault(p => p is not null);

    /// <param name="properties">The properties to decode (a plan's projection: the request reads no other); null: all.</param>
    private GraphNode ToNode(string id, string label, string json, IReadOnlyList<string>? properties = null) =>
        new(id, label, PropertyJson.Read(json, _model.GetNode(label).Properties, properties));

    private GraphEdge ToEdge(string type, string from, string to, string json, IReadOnlyList<string>? properties = null) =>
        new(type, from, to, PropertyJson.Read(json, _model.FindRelationship(type)!.Properties, properties));

    /// <summary>
    /// " AND (filter) AND (as of)" for a nodes row, parameters added to the command; empty when neither applies. The
    /// filter's values are named <paramref name="prefix"/> and a number; the day is one parameter for the whole statement.
    /// </summary>
    private string NodeConditions(SqliteCommand command, Filter? where, string alias, IReadOnlyList<string> labels, DateOnly? asOf, string prefix = "$f")
    {
        var text = string.Empty;
        if (asOf is not null)
        {
            AddAsOf(command, asOf.Value);
            text += " AND (" + SqlAsOf.Node(_model, alias, labels) + ")";
        }

        if (where is not null)
        {
            text += " AND (" + new SqlFilter(_model, command, asOf is not null, prefix).Compile(where, alias, labels) + ")";
        }

        return text;
    }

    private static void AddAsOf(SqliteCommand command, DateOnly asOf)
    {
        if (!command.Parameters.Contains(SqlAsOf.Parameter))
        {
            command.Parameters.AddWithValue(SqlAsOf.Parameter, AsOfDay.Format(asOf));
        }
    }

    private async Task<ReadSession> ReadAsync(CancellationToken cancellationToken) =>
        _snapshot?.Borrow() ?? ReadSession.Begin(await _readers.TakeAsync(cancellationToken), _readers);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // Per-connection settings: FULL makes each commit durable; foreign keys stay off (the validator checks endpoints);
        // temporary tables in memory: a statement that materialises CTEs or sorts a compound otherwise creates temporary
        // files, which cost a one-hop timeline 1.2-1.7 ms of CPU (half of it in the kernel) against 0.4-0.6 in memory.
        // A pooled database handle keeps them, so only a handle seen for the first time runs them (not every request).
        var handle = connection.Handle!;
        if (!ConfiguredHandles.TryGetValue(handle, out _))
        {
            await ExecuteAsync(
                connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA temp_store=MEMORY;", cancellationToken);
            ConfiguredHandles.AddOrUpdate(handle, handle);
        }

        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteTracedNonQueryAsync(cancellationToken);
    }
}
