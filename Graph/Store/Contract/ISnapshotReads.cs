namespace GraphServer.Store;

/// <summary>
/// A store that can hold one read transaction open for a reader of the whole graph (dump, export), so its many page
/// calls read together instead of each in a transaction of its own. Optional: a store without it is read call by call.
/// </summary>
public interface ISnapshotReads
{
    /// <summary>
    /// Opens the read transaction. The snapshot's <see cref="IGraphSnapshot.Reads"/> answers reads only, one call at a time
    /// (a transaction is one conversation); writes through it are refused. <paramref name="timeout"/> bounds the whole
    /// transaction where the store enforces one (Neo4j's default of 60 s is too short for a large graph).
    /// </summary>
    Task<IGraphSnapshot> OpenSnapshotAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}
