using System.Globalization;
using GraphServer.Model;
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
        IReadOnlyList<GraphNode> stored;
        try
        {
            stored = await store.GetNodesAsync(ids, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreUnavailableException.IsUnavailable(e) || e is OperationCanceledException)
        {
            return asWritten();
        }

        return ThisWritesVersion(stored, asWritten());
    }

    /// <summary>
    /// The read runs after the commit, so another writer's update may already have landed: its version is not the one
    /// this write produced, and answering with it would acknowledge one version to two writers (a 32-writer test on a
    /// loaded machine did). Such a node is answered as this write stored it.
    /// </summary>
    private static IReadOnlyList<GraphNode> ThisWritesVersion(IReadOnlyList<GraphNode> stored, IReadOnlyList<GraphNode> written)
    {
        if (written.Count == 0)
        {
            return stored;
        }

        var writtenById = written.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return [.. stored.Select(n => writtenById.TryGetValue(n.Id, out var own)
            && !Equals(VersionOf(n), VersionOf(own)) ? own : n)];
    }

    private static long? VersionOf(GraphNode node) =>
        node.Properties.GetValueOrDefault(CommonProperties.Version) is { } version ? Convert.ToInt64(version, CultureInfo.InvariantCulture) : null;
}
