using GraphQL.DataLoader;

namespace GraphServer.Schema.Loading;

/// <summary>
/// One key's load, handed to GraphQL.NET as an <see cref="IDataLoaderResult{T}"/>. The executer asks for results only
/// once it has run every other resolver of the level, so by then all sibling keys are queued and the first
/// <see cref="GetResultAsync"/> sends them to the store together.
/// </summary>
internal sealed class PendingLoad<TKey, TValue>(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    where TKey : notnull
{
    private readonly TaskCompletionSource<TValue> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TKey Key { get; } = key;

    /// <summary>Set under the loader's lock when a batch takes this key, so it is fetched exactly once.</summary>
    public bool Dispatched { get; set; }

    public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
    {
        if (!_result.Task.IsCompleted)
        {
            await loader.DispatchIfPendingAsync(this, cancellationToken).ConfigureAwait(false);
        }

        return await _result.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);

    public void Complete(TValue value) => _result.TrySetResult(value);

    public void Fail(Exception error) => _result.TrySetException(error);
}
