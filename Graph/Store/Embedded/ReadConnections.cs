using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Read connections the store keeps open between calls, each with its <see cref="PreparedStatements"/>: Microsoft.Data.Sqlite's
/// own pool keeps the database handle but not the statements, which die with each connection object. Writers do not use
/// these (they run few, varied statements under the write gate).
/// </summary>
internal sealed class ReadConnections(Func<CancellationToken, Task<SqliteConnection>> open) : IDisposable
{
    /// <summary>More idle connections than this are closed on return (the load's concurrency rarely passes it).</summary>
    private const int MaxIdle = 32;

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    public async Task<SqliteConnection> TakeAsync(CancellationToken cancellationToken)
    {
        if (_idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            return connection;
        }

        connection = await open(cancellationToken);
        PreparedStatements.Attach(connection);
        return connection;
    }

    public void Return(SqliteConnection connection)
    {
        if (_disposed || connection.State != System.Data.ConnectionState.Open)
        {
            Close(connection);
            return;
        }

        if (Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            Close(connection);
            return;
        }

        _idle.Add(connection);
        if (_disposed)
        {
            // Disposed while this one was being returned: nothing will take it again.
            Dispose();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            Close(connection);
        }
    }

    private static void Close(SqliteConnection connection)
    {
        PreparedStatements.Detach(connection);
        connection.Dispose();
    }
}
