using GraphServer.Bolt.Protocol;
using GraphServer.Bolt.Retry;

namespace GraphServer.Bolt.Session;

/// <summary>A session: borrows a connection per auto-commit query or transaction and chains bookmarks between them.</summary>
internal sealed class AsyncSession(IConnectionProvider provider, SessionConfig sessionConfig, long fetchSize, RetryLogic retry) : IAsyncSession
{
    private IReadOnlyList<string> _bookmarks = sessionConfig.Bookmarks;
    private ResultCursor? _autoCommit;
    private AsyncTransaction? _transaction;

    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    public async Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        TransactionConfig? config = null, CancellationToken cancellationToken = default)
    {
        await EndOpenWorkAsync(cancellationToken);
        using var activity = Telemetry.BoltTelemetry.StartStatement(query);
        var options = Options(sessionConfig.DefaultAccessMode, config);
        var connection = await provider.AcquireAsync(options.Mode, sessionConfig.Database, _bookmarks, cancellationToken);
        ResultCursor cursor;
        try
        {
            connection.Run(query, parameters, options);
            connection.Pull(fetchSize);
            await connection.FlushAsync(cancellationToken);
            cursor = new ResultCursor(connection, query, fetchSize, async (c, error) =>
            {
                if (error is null && c.Summary?.Bookmark is { } bookmark)
                {
                    _bookmarks = [bookmark];
                }

                await provider.ReleaseAsync(connection);
            });
        }
        catch
        {
            await provider.ReleaseAsync(connection);
            throw;
        }

        _autoCommit = cursor;
        await cursor.StartAsync(cancellationToken);
        return cursor;
    }

    public Task<IAsyncTransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        BeginAsync(sessionConfig.DefaultAccessMode, config, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) => ExecuteAsync(AccessMode.Read, work, config, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default) => ExecuteAsync(AccessMode.Write, work, config, cancellationToken);

    public async Task CloseAsync()
    {
        try
        {
            await EndOpenWorkAsync(CancellationToken.None);
        }
        catch (Neo4jException)
        {
            // Closing reports nothing: the failure already reached whoever read that result.
        }
    }

    public ValueTask DisposeAsync() => new(CloseAsync());

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<IAsyncQueryRunner, Task<T>> work, TransactionConfig? transactionConfig,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return retry.ExecuteAsync(async () =>
        {
            await using var transaction = (AsyncTransaction)await BeginAsync(mode, transactionConfig, cancellationToken);
            var result = await work(transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);
    }

    private async Task<IAsyncTransaction> BeginAsync(AccessMode mode, TransactionConfig? transactionConfig, CancellationToken cancellationToken)
    {
        await EndOpenWorkAsync(cancellationToken);
        var options = Options(mode, transactionConfig);
        var connection = await provider.AcquireAsync(mode, sessionConfig.Database, _bookmarks, cancellationToken);
        try
        {
            _transaction = new AsyncTransaction(connection, options, fetchSize, provider.ReleaseAsync, b => _bookmarks = [b]);
            return _transaction;
        }
        catch
        {
            await provider.ReleaseAsync(connection);
            throw;
        }
    }

    /// <summary>A session runs one thing at a time: an unread auto-commit result is discarded, an open transaction is an error.</summary>
    private async Task EndOpenWorkAsync(CancellationToken cancellationToken)
    {
        if (_transaction is { IsOpen: true })
        {
            throw new InvalidOperationException("This session has an open transaction; commit or roll it back first.");
        }

        if (_autoCommit is { IsDone: false } cursor)
        {
            _autoCommit = null;
            await cursor.ConsumeAsync(cancellationToken);
        }
    }

    private TxOptions Options(AccessMode mode, TransactionConfig? transactionConfig) =>
        new(sessionConfig.Database, _bookmarks, transactionConfig?.Timeout, transactionConfig?.Metadata, mode);
}
