using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Session;

/// <summary>Where sessions borrow connections: one pool (bolt://) or the routing table's pools (neo4j://).</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyCollection<string> bookmarks,
        CancellationToken cancellationToken);

    ValueTask ReleaseAsync(BoltConnection connection);
}
