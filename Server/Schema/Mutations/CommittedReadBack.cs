using GraphServer.Store;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// The read of what a write stored, for its payload, once the write has committed. That read must not turn a committed
/// write into an error: the caller would think it lost and retry at a version that is now stale, and the audit entry
/// (appended when the mutation answers) would be missing. The 10-minute Neo4j soak found it: while the store was
/// (wrongly) marked down, writes went through but their payload reads failed fast, so each looked failed. If the store
/// cannot answer or the request is cancelled, the payload is built from what was written.
/// </summary>
internal static class CommittedReadBack
{
    public static async Task<IReadOnlyList<GraphNode>> NodesAsync(
        IGraphStore store, IReadOnlyCollection<string> ids, Func<IReadOnlyList<GraphNode>> asWritten, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetNodesAsync(ids, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreUnavailableException.IsUnavailable(e) || e is OperationCanceledException)
        {
            return asWritten();
        }
    }
}
