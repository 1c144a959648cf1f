namespace GraphServer.Bolt.Pool;

/// <summary>
/// A bounded pool for one server. A semaphore holds one slot per connection (idle or in use); idle connections are
/// reused most-recent first, so surplus ones age out. Takes a connect function and a clock, so tests need no sockets.
/// </summary>
internal sealed class ConnectionPool<T>(Func<CancellationToken, Task<T>> connect, PoolOptions options, TimeProvider clock)
    : IAsyncDisposable
    where T : class, IPooledConnection
{
    private readonly SemaphoreSlim _slots = new(options.MaxSize, options.MaxSize);
    private readonly Stack<Entry> _idle = new();
    private readonly Dictionary<T, long> _created = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _lock = new();
    private bool _disposed;

    public int IdleCount
    {
        get
        {
            lock (_lock)
            {
                return _idle.Count;
            }
        }
    }

    public int InUseCount
    {
        get
        {
            lock (_lock)
            {
                return _created.Count - _idle.Count;
            }
        }
    }

    public async Task<T> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var started = clock.GetTimestamp();
        using (var timeout = new CancellationTokenSource(TimerLimit(options.AcquisitionTimeout), clock))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                await _slots.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ClientException(
                    $"No connection became free within {options.AcquisitionTimeout.TotalSeconds:0.#} s (pool size {options.MaxSize}).");
            }
        }

        try
        {
            while (TryTakeIdle() is { } entry)
            {
                if (await IsReusableAsync(entry, cancellationToken))
                {
                    Telemetry.BoltTelemetry.Acquired(clock.GetElapsedTime(started));
                    return entry.Connection;
                }

                await DestroyAsync(entry.Connection);
            }

            var connection = await connect(cancellationToken);
            lock (_lock)
            {
                _created[connection] = clock.GetTimestamp();
            }

            Telemetry.BoltTelemetry.Acquired(clock.GetElapsedTime(started));
            return connection;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(T connection)
    {
        try
        {
            if (!connection.IsDefunct && connection.NeedsReset)
            {
                try
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10), clock);
                    await connection.ResetAsync(timeout.Token);
                }
                catch (Exception e) when (e is Neo4jException or OperationCanceledException or IOException)
                {
                    // Falls through: a connection that cannot be reset is destroyed below.
                }
            }

            if (_disposed || connection.IsDefunct || connection.NeedsReset || IsTooOld(connection))
            {
                await DestroyAsync(connection);
                return;
            }

            lock (_lock)
            {
                _idle.Push(new Entry(connection, clock.GetTimestamp()));
            }
        }
        finally
        {
            Telemetry.BoltTelemetry.Released();
            _slots.Release();
        }
    }

    /// <summary>Closes every idle connection, e.g. after the server was found down, so none of them is handed out dead.</summary>
    public async ValueTask DiscardIdleAsync()
    {
        List<Entry> idle;
        lock (_lock)
        {
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var entry in idle)
        {
            await DestroyAsync(entry.Connection);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await DiscardIdleAsync();
    }

    private Entry? TryTakeIdle()
    {
        lock (_lock)
        {
            return _idle.TryPop(out var entry) ? entry : null;
        }
    }

    private async ValueTask<bool> IsReusableAsync(Entry entry, CancellationToken cancellationToken)
    {
        if (entry.Connection.IsDefunct || IsTooOld(entry.Connection)
            || (entry.Connection.ServerIdleTimeout is { } serverLimit && clock.GetElapsedTime(entry.IdleSince) >= serverLimit))
        {
            return false;
        }

        if (options.LivenessCheckTimeout is not { } threshold || clock.GetElapsedTime(entry.IdleSince) <= threshold)
        {
            return true;
        }

        try
        {
            await entry.Connection.ResetAsync(cancellationToken);
            return !entry.Connection.IsDefunct;
        }
        catch (Exception e) when (e is Neo4jException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    private bool IsTooOld(T connection)
    {
        lock (_lock)
        {
            return _created.TryGetValue(connection, out var created) && clock.GetElapsedTime(created) > options.MaxLifetime;
        }
    }

    private async ValueTask DestroyAsync(T connection)
    {
        lock (_lock)
        {
            _created.Remove(connection);
        }

        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception e) when (e is IOException or Neo4jException or ObjectDisposedException)
        {
            // Closing a broken connection may fail; it is gone either way.
        }
    }

    /// <summary>Timers take at most about 49 days; anything longer (or infinite) means "wait forever".</summary>
    private static TimeSpan TimerLimit(TimeSpan value) =>
        value < TimeSpan.Zero || value.TotalMilliseconds >= uint.MaxValue - 1 ? Timeout.InfiniteTimeSpan : value;

    private sealed record Entry(T Connection, long IdleSince);
}
