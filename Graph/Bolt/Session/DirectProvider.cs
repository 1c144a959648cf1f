using GraphServer.Bolt.Pool;
using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Session;

/// <summary>bolt:// — every connection goes to the one address.</summary>
internal sealed class DirectProvider(ServerAddress address, ConnectionSettings settings, PoolOptions poolOptions, TimeProvider clock)
    : IConnectionProvider
{
    private readonly ConnectionPool<BoltConnection> _pool =
        new(ct => BoltConnection.OpenAsync(address, settings, ct), poolOptions, clock);

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyCollection<string> bookmarks,
        CancellationToken cancellationToken)
    {
        try
        {
            return await _pool.AcquireAsync(cancellationToken);
        }
        catch (ServiceUnavailableException)
        {
            await _pool.DiscardIdleAsync();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        var lost = connection.LostToServer;
        await _pool.ReleaseAsync(connection);
        if (lost)
        {
            // The server went away (restart, failover): its other idle sockets are dead too.
            await _pool.DiscardIdleAsync();
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
