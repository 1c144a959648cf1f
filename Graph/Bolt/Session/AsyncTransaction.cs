using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Session;

/// <summary>
/// An explicit transaction on one borrowed connection. BEGIN is written but not flushed, so it travels with the first
/// RUN (or with COMMIT) and costs no round trip of its own. The connection goes back via <c>release</c> once finished.
/// </summary>
internal sealed class AsyncTransaction : IAsyncTransaction
{
    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<BoltConnection, ValueTask> _release;
    private readonly Action<string> _onBookmark;
    private bool _beginPending = true;
    private ResultCursor? _current;
    private Exception? _failure;
    private bool _finished;

    public AsyncTransaction(BoltConnection connection, TxOptions options, long fetchSize, Func<BoltConnection, ValueTask> release,
        Action<string> onBookmark)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        _release = release;
        _onBookmark = onBookmark;
        connection.Begin(options);
    }

    public bool IsOpen => !_finished;

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        ThrowIfNotUsable();
        using var activity = Telemetry.BoltTelemetry.StartStatement(query);
        try
        {
            if (_current is { IsDone: false } previous)
            {
                await previous.BufferAsync(cancellationToken);
            }

            _connection.Run(query, parameters, autoCommit: null);
            _connection.Pull(_fetchSize);
            await _connection.FlushAsync(cancellationToken);
            await ReadBeginAsync(cancellationToken);
            var cursor = new ResultCursor(_connection, query, _fetchSize, OnCursorDone);
            _current = cursor;
            await cursor.StartAsync(cancellationToken);
            return cursor;
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            _failure ??= e;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfNotUsable();
        try
        {
            if (_current is { IsDone: false } previous)
            {
                await previous.BufferAsync(cancellationToken);
            }

            _connection.Commit();
            await _connection.FlushAsync(cancellationToken);
            await ReadBeginAsync(cancellationToken);
            var metadata = await _connection.ExpectSuccessAsync(cancellationToken);
            if (metadata.GetValueOrDefault("bookmark") is string bookmark)
            {
                _onBookmark(bookmark);
            }
        }
        finally
        {
            await FinishAsync();
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction is already closed.");
        }

        try
        {
            // After a failure, or mid-stream, the pool's RESET on release rolls back without a ROLLBACK round trip.
            if (_failure is null && _current is not { IsDone: false } && !_connection.IsDefunct)
            {
                _connection.Rollback();
                await _connection.FlushAsync(cancellationToken);
                await ReadBeginAsync(cancellationToken);
                await _connection.ExpectSuccessAsync(cancellationToken);
            }
        }
        finally
        {
            await FinishAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            await RollbackAsync();
        }
        catch (Neo4jException)
        {
            // Disposal must not throw; the connection is reset or discarded by the pool anyway.
        }
    }

    private async ValueTask ReadBeginAsync(CancellationToken cancellationToken)
    {
        if (_beginPending)
        {
            _beginPending = false;
            await _connection.ExpectSuccessAsync(cancellationToken);
        }
    }

    private ValueTask OnCursorDone(ResultCursor cursor, Exception? error)
    {
        _failure ??= error;
        return ValueTask.CompletedTask;
    }

    private void ThrowIfNotUsable()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction is already closed.");
        }

        if (_failure is not null)
        {
            throw new ClientException("An earlier query in this transaction failed; roll it back.", _failure);
        }
    }

    private async ValueTask FinishAsync()
    {
        if (!_finished)
        {
            _finished = true;
            await _release(_connection);
        }
    }
}
