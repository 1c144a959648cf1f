namespace GraphServer.Schema.Loading;

/// <summary>
/// Batches and caches loads by key for one request: every key asked for while the executer resolves a level is fetched
/// in one call (or in calls of at most <see cref="DataLoaderOptions.MaxBatchSize"/> keys), and a key asked for again
/// later in the request is answered from the first load.
/// </summary>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<BatchResults<TKey, TValue>>> _fetch;
    private readonly TValue _missing;
    private readonly int _maxBatchSize;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, PendingLoad<TKey, TValue>> _loads = [];
    private List<PendingLoad<TKey, TValue>> _queued = [];

    /// <param name="fetch">Loads many keys at once; keys it leaves unanswered get <paramref name="missing"/>.</param>
    public BatchLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<BatchResults<TKey, TValue>>> fetch,
        TValue missing,
        DataLoaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1);
        _fetch = fetch;
        _missing = missing;
        _maxBatchSize = options.MaxBatchSize;
    }

    public GraphQL.DataLoader.IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loads.TryGetValue(key, out var load))
            {
                load = new PendingLoad<TKey, TValue>(this, key);
                _loads.Add(key, load);
                _queued.Add(load);
            }

            return load;
        }
    }

    internal Task DispatchIfPendingAsync(PendingLoad<TKey, TValue> load, CancellationToken cancellationToken)
    {
        List<PendingLoad<TKey, TValue>> batch;
        lock (_gate)
        {
            if (load.Dispatched)
            {
                return Task.CompletedTask;
            }

            batch = _queued;
            _queued = [];
            foreach (var queued in batch)
            {
                queued.Dispatched = true;
            }
        }

        return FetchAsync(batch, cancellationToken);
    }

    private async Task FetchAsync(List<PendingLoad<TKey, TValue>> batch, CancellationToken cancellationToken)
    {
        foreach (var chunk in batch.Chunk(_maxBatchSize))
        {
            BatchResults<TKey, TValue> results;
            try
            {
                results = await _fetch([.. chunk.Select(l => l.Key)], cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever the store threw belongs to the fields waiting on these keys, not to the loader.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var load in chunk)
                {
                    load.Fail(e);
                }

                continue;
            }

            foreach (var load in chunk)
            {
                if (results.TryGetFailure(load.Key, out var error))
                {
                    load.Fail(error);
                }
                else
                {
                    load.Complete(results.TryGetValue(load.Key, out var value) ? value : _missing);
                }
            }
        }
    }
}
