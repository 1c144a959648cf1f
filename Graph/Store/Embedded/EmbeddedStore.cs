using GraphServer.Model;
using GraphServer.Store.Validation;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The default store: SQLite in WAL mode in <c>{directory}/graph.db</c>. Readers run concurrently on pooled
/// connections; writes are serialised by one gate (SQLite allows one writer) and each change set is one transaction,
/// committed with synchronous=FULL so an acknowledged write survives a killed process or a power cut.
/// </summary>
public sealed class EmbeddedStore : IGraphStore
{
    private readonly GraphModel _model;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ChangeSetValidator _validator;

    public EmbeddedStore(GraphModel model, string directory)
    {
        _model = model;
        _validator = new ChangeSetValidator(model);
        Directory.CreateDirectory(directory);
        DatabasePath = Path.GetFullPath(Path.Combine(directory, "graph.db"));
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Name => "embedded";

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, SqliteSchema.Create, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO schema_version (version) SELECT $v WHERE NOT EXISTS (SELECT 1 FROM schema_version)";
        command.Parameters.AddWithValue("$v", SqliteSchema.Version);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "SELECT 1", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public async Task<long> CountNodesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM nodes";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        // json_each turns one JSON array parameter into a set, so the statement text is the same for any batch size.
        command.CommandText = "SELECT n.id, n.label, n.props FROM json_each($ids) AS k JOIN nodes AS n ON n.id = k.value";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        return await ReadNodesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var type = _model.GetNode(query.Label);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id, label, props, count(*) OVER () FROM nodes WHERE label = $label ORDER BY " +
            SqliteOrderBy.Terms(query.Order, type.FindProperty, command) +
            " LIMIT $take OFFSET $skip";
        command.Parameters.AddWithValue("$label", type.Label);
        command.Parameters.AddWithValue("$take", query.Take);
        command.Parameters.AddWithValue("$skip", query.Skip);
        long total = 0;
        var nodes = new List<GraphNode>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                nodes.Add(ToNode(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                total = reader.GetInt64(3);
            }
        }

        if (nodes.Count == 0)
        {
            // The window count comes with rows only; a page past the end still reports the total.
            command.CommandText = "SELECT count(*) FROM nodes WHERE label = $label";
            total = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        return new NodePage(nodes, total);
    }

    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        var relationship = _model.FindRelationship(query.Type) ?? throw new ArgumentException($"'{query.Type}' is not a relationship type.");
        if (query.ParentIds.Count == 0)
        {
            return [];
        }

        var outgoing = query.Direction == EdgeDirection.Outgoing;
        var neighbourLabels = outgoing ? relationship.To : relationship.From;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var order = SqliteOrderBy.Terms(query.Order, name => FindOnAny(neighbourLabels, name), command, "n.");
        var (parentColumn, neighbourColumn) = outgoing ? ("from_id", "to_id") : ("to_id", "from_id");
        // One statement for the whole batch: ROW_NUMBER per parent applies the per-parent limit inside SQLite.
        command.CommandText = $"""
            SELECT parent, from_id, to_id, eprops, id, label, props FROM (
              SELECT k.value AS parent, e.from_id, e.to_id, e.props AS eprops, n.id, n.label, n.props,
                     ROW_NUMBER() OVER (PARTITION BY k.value ORDER BY {order}) AS rank
              FROM json_each($ids) AS k
              JOIN edges AS e ON e.{parentColumn} = k.value AND e.type = $type
              JOIN nodes AS n ON n.id = e.{neighbourColumn})
            WHERE $take IS NULL OR rank <= $take
            ORDER BY parent, rank
            """;
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(query.ParentIds));
        command.Parameters.AddWithValue("$type", relationship.Type);
        command.Parameters.AddWithValue("$take", (object?)query.TakePerParent ?? DBNull.Value);
        var neighbours = new List<Neighbour>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var edge = new GraphEdge(relationship.Type, reader.GetString(1), reader.GetString(2), PropertyJson.Read(reader.GetString(3), relationship.Properties));
            neighbours.Add(new Neighbour(reader.GetString(0), edge, ToNode(reader.GetString(4), reader.GetString(5), reader.GetString(6))));
        }

        return neighbours;
    }

    public async Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var valid = await _validator.ValidateAsync(changes, ids => LabelsAsync(connection, ids, cancellationToken)).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await SqliteWriter.WriteAsync(connection, transaction, valid, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _writeGate.Dispose();
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private async Task<IReadOnlyDictionary<string, string>> LabelsAsync(
        SqliteConnection connection, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT n.id, n.label FROM json_each($ids) AS k JOIN nodes AS n ON n.id = k.value";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids));
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            labels[reader.GetString(0)] = reader.GetString(1);
        }

        return labels;
    }

    private async Task<IReadOnlyList<GraphNode>> ReadNodesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var nodes = new List<GraphNode>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(ToNode(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return nodes;
    }

    private PropertyDefinition? FindOnAny(IReadOnlyList<string> labels, string name) =>
        labels.Select(l => _model.GetNode(l).FindProperty(name)).FirstOrDefault(p => p is not null);

    private GraphNode ToNode(string id, string label, string json) =>
        new(id, label, PropertyJson.Read(json, _model.GetNode(label).Properties));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Per-connection settings: FULL makes each commit durable; foreign keys stay off (the validator checks endpoints).
        await ExecuteAsync(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;", cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
