namespace GraphServer.Bolt;

/// <summary>
/// A causally chained sequence of work on one database. Not thread-safe; cheap to create. Borrows a pooled
/// connection per query or transaction and returns it at once.
/// </summary>
public interface IAsyncSession : IAsyncDisposable
{
    /// <summary>Bookmarks of this session's last commit, to chain another session after it.</summary>
    IReadOnlyList<string> LastBookmarks { get; }

    /// <summary>An auto-commit query.</summary>
    Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, TransactionConfig? config = null,
        CancellationToken cancellationToken = default);

    Task<IAsyncTransaction> BeginTransactionAsync(TransactionConfig? config = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying transient failures; it may run more than once.</summary>
    Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures; it may run more than once.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, TransactionConfig? config = null,
        CancellationToken cancellationToken = default);

    Task CloseAsync();
}
