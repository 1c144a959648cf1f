using GraphServer.Bolt;

namespace GraphServer.Store.Neo4j;

/// <summary>One explicit read transaction, its session and the store's view that reads in it; disposing rolls back and closes.</summary>
internal sealed class Neo4jSnapshot(IAsyncSession session, IAsyncTransaction transaction, IGraphStore reads) : IGraphSnapshot
{
    public IGraphStore Reads { get; } = reads;

    public bool IsPointInTime => false;

    public async ValueTask DisposeAsync()
    {
        // Nothing was written: rolling back just ends the transaction.
        await transaction.DisposeAsync().ConfigureAwait(false);
        await session.DisposeAsync().ConfigureAwait(false);
    }
}
