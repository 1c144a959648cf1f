namespace GraphServer.Store;

/// <summary>
/// The contract both stores implement, set-at-a-time: every call answers for a whole batch in one round trip.
/// The contract test suite runs the same assertions against every implementation.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Short name for logs and health: <c>embedded</c> or <c>neo4j</c>.</summary>
    string Name { get; }

    /// <summary>Connects and applies the schema (tables, constraints, indexes); idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the store answers a trivial query (readiness).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);

    Task<long> CountNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>The nodes with these ids, in no particular order; unknown ids are left out.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>Neighbours of every parent in the query, grouped by nothing: each row names its parent. Parents not found have none.</summary>
    Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default);

    /// <summary>Validates the change set against the model and the stored graph, then applies all of it or nothing.</summary>
    Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default);
}
