using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// One read transaction on a pooled connection: every statement of a contract call sees the same WAL snapshot, so a
/// page and its total (or the levels of a traversal) never mix two versions of the graph.
/// </summary>
internal sealed class ReadSession : IAsyncDisposable
{
    private ReadSession(SqliteConnection connection, SqliteTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction Transaction { get; }

    /// <summary>A deferred transaction: SQLite takes the snapshot at the first read and never blocks the writer.</summary>
    public static ReadSession Begin(SqliteConnection connection) => new(connection, connection.BeginTransaction(deferred: true));

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
        // Nothing was written: ending the read transaction just releases the snapshot.
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}
