using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>Keeps <c>node_text</c> (FTS5) in step with <c>nodes</c>: one row per node, keyed by the node's rowid.</summary>
internal sealed class TextIndexWriter : IAsyncDisposable
{
    private readonly SqliteCommand _remove;
    private readonly SqliteCommand _add;
    private readonly SqliteParameter _removeRid;
    private readonly SqliteParameter _addRid;
    private readonly SqliteParameter _body;

    public TextIndexWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _remove = connection.CreateCommand();
        _remove.Transaction = transaction;
        _remove.CommandText = "DELETE FROM node_text WHERE rowid = $rid";
        _removeRid = _remove.Parameters.Add("$rid", SqliteType.Integer);
        _add = connection.CreateCommand();
        _add.Transaction = transaction;
        _add.CommandText = "INSERT INTO node_text (rowid, body) VALUES ($rid, $body)";
        _addRid = _add.Parameters.Add("$rid", SqliteType.Integer);
        _body = _add.Parameters.Add("$body", SqliteType.Text);
    }

    public async Task RemoveAsync(long rid, CancellationToken cancellationToken)
    {
        _removeRid.Value = rid;
        await _remove.ExecuteTracedNonQueryAsync(cancellationToken);
    }

    public async Task AddAsync(long rid, string body, CancellationToken cancellationToken)
    {
        if (body.Length == 0)
        {
            return;
        }

        _addRid.Value = rid;
        _body.Value = body;
        await _add.ExecuteTracedNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _remove.DisposeAsync();
        await _add.DisposeAsync();
    }
}
