using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// One read transaction on a pooled connection: every statement of a contract call sees the same WAL snapshot, so a
/// page and its total (or the levels of a traversal) never mix two versions of the graph.
/// </summary>
internal sealed class ReadSession : IAsyncDisposable
{
    private readonly bool _owned;
    private readonly ReadConnections? _pool;

    private ReadSession(SqliteConnection connection, SqliteTransaction transaction, bool owned, ReadConnections? pool = null)
    {
        Connection = connection;
        Transaction = transaction;
        _owned = owned;
        _pool = pool;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction Transaction { get; }

    /// <summary>A deferred transaction: SQLite takes the snapshot at the first read and never blocks the writer.</summary>
    /// <param name="pool">Where the connection goes back when the session ends; disposed when null.</param>
    public static ReadSession Begin(SqliteConnection connection, ReadConnections? pool = null) =>
        new(connection, connection.BeginTransaction(deferred: true), owned: true, pool);

    /// <summary>The same transaction for one more call; disposing the borrowed session leaves the transaction open.</summary>
    public ReadSession Borrow() => new(Connection, Transaction, owned: false);

    public SqliteCommand Command(string? text = null)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        if (text is not null)
        {
            command.CommandText = text;
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_owned)
        {
            return;
        }

        // Nothing was written: ending the read transaction just releases the snapshot.
        await Transaction.DisposeAsync();
        if (_pool is null)
        {
            await Connection.DisposeAsync();
        }
        else
        {
            _pool.Return(Connection);
        }
    }
}
