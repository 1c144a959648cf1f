namespace GraphServer.Store.Embedded;

/// <summary>One SQLite read transaction and the store's view that reads in it; disposing ends the transaction.</summary>
internal sealed class EmbeddedSnapshot(ReadSession session, IGraphStore reads) : IGraphSnapshot
{
    public IGraphStore Reads { get; } = reads;

    public bool IsPointInTime => true;

    public ValueTask DisposeAsync() => session.DisposeAsync();
}
