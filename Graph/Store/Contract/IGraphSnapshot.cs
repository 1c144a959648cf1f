namespace GraphServer.Store;

/// <summary>One open read transaction of a store (see <see cref="ISnapshotReads"/>); disposing it ends the transaction.</summary>
public interface IGraphSnapshot : IAsyncDisposable
{
    /// <summary>The store's read calls, each run inside this transaction. Disposing it does nothing; dispose the snapshot.</summary>
    IGraphStore Reads { get; }

    /// <summary>
    /// Whether every read sees the graph as of one instant. SQLite's WAL read transaction does; Neo4j's transactions are
    /// read committed, so a later statement of the same transaction sees what other transactions committed meanwhile.
    /// Readers that need a closed graph from such a store check references themselves (GraphDump does).
    /// </summary>
    bool IsPointInTime { get; }
}
