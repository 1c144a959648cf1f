using System.Collections.Concurrent;
using GraphServer.Bolt.Pool;
using GraphServer.Bolt.Protocol;
using GraphServer.Bolt.Session;

namespace GraphServer.Bolt.Routing;

/// <summary>
/// neo4j:// — asks a router for each database's routing table (ROUTE), keeps it until its TTL ends, and sends reads to
/// readers and writes to writers, each server with its own pool. A single server lists itself in every role.
/// </summary>
internal sealed class RoutingProvider(ServerAddress seed, ConnectionSettings settings, PoolOptions poolOptions, TimeProvider clock)
    : IConnectionProvider
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool<BoltConnection>> _pools = new();
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly IReadOnlyDictionary<string, string> _context = settings.RoutingContext ?? new Dictionary<string, string>();
    private int _roundRobin;

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyCollection<string> bookmarks,
        CancellationToken cancellationToken)
    {
        var table = await GetTableAsync(mode, database, bookmarks, cancellationToken);
        Exception? last = null;
        while (Pick(table.For(mode)) is { } address)
        {
            try
            {
                return await Pool(address).AcquireAsync(cancellationToken);
            }
            catch (ServiceUnavailableException e)
            {
                last = e;
                table.Forget(address);
                await Pool(address).DiscardIdleAsync();
            }
        }

        throw new SessionExpiredException($"No {(mode == AccessMode.Read ? "reader" : "writer")} of database "
            + $"'{table.Database ?? "(home)"}' is reachable.", last ?? new ServiceUnavailableException("The routing table is empty."));
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        var lost = connection.LostToServer;
        var pool = Pool(connection.Address);
        if (connection.LastFailure is SessionExpiredException)
        {
            // NotALeader and friends: this server stopped writing, so the tables must be fetched again.
            foreach (var table in _tables.Values)
            {
                table.ForgetWriter(connection.Address);
            }
        }

        await pool.ReleaseAsync(connection);
        if (lost)
        {
            foreach (var table in _tables.Values)
            {
                table.Forget(connection.Address);
            }

            await pool.DiscardIdleAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync();
        }
    }

    private async Task<RoutingTable> GetTableAsync(AccessMode mode, string? database, IReadOnlyCollection<string> bookmarks,
        CancellationToken cancellationToken)
    {
        var key = database ?? string.Empty;
        if (_tables.TryGetValue(key, out var table) && table.IsFresh(mode, clock))
        {
            return table;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed it while this one waited.
            if (_tables.TryGetValue(key, out table) && table.IsFresh(mode, clock))
            {
                return table;
            }

            table = await FetchAsync(table?.Routers ?? [], database, bookmarks, cancellationToken);
            _tables[key] = table;
            return table;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<RoutingTable> FetchAsync(IEnumerable<ServerAddress> knownRouters, string? database, IReadOnlyCollection<string> bookmarks,
        CancellationToken cancellationToken)
    {
        Exception? last = null;
        foreach (var router in knownRouters.Append(seed).Distinct())
        {
            try
            {
                var connection = await Pool(router).AcquireAsync(cancellationToken);
                try
                {
                    connection.Route(_context, bookmarks, database);
                    await connection.FlushAsync(cancellationToken);
                    return RoutingTable.Parse(await connection.ExpectSuccessAsync(cancellationToken), clock);
                }
                finally
                {
                    await ReleaseAsync(connection);
                }
            }
            catch (ServiceUnavailableException e)
            {
                last = e;
            }
        }

        throw new ServiceUnavailableException($"No router answered for database '{database ?? "(home)"}' (seed {seed}).",
            last ?? new InvalidOperationException("No routers known."));
    }

    /// <summary>Prefers the server with the fewest connections in use; ties rotate so load spreads.</summary>
    private ServerAddress? Pick(IReadOnlyList<ServerAddress> servers)
    {
        ServerAddress[] snapshot;
        lock (servers)
        {
            snapshot = [.. servers];
        }

        if (snapshot.Length == 0)
        {
            return null;
        }

        var start = (int)((uint)Interlocked.Increment(ref _roundRobin) % snapshot.Length);
        var best = snapshot[start];
        for (var i = 1; i < snapshot.Length; i++)
        {
            var candidate = snapshot[(start + i) % snapshot.Length];
            if (Pool(candidate).InUseCount < Pool(best).InUseCount)
            {
                best = candidate;
            }
        }

        return best;
    }

    private ConnectionPool<BoltConnection> Pool(ServerAddress address) =>
        _pools.GetOrAdd(address, a => new ConnectionPool<BoltConnection>(ct => BoltConnection.OpenAsync(a, settings, ct), poolOptions, clock));
}
