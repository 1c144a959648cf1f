using GraphServer.Store;

namespace GraphServer.Api.Hosting;

/// <summary>
/// Holds the store once <see cref="StoreStartup"/> has opened it. Opening is asynchronous and may fail with a setting
/// error, so it happens in a hosted service before the server listens, not in a DI factory.
/// </summary>
internal sealed class GraphStoreHolder : IAsyncDisposable
{
    private IGraphStore? _store;
    private IGraphStore? _opened;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The graph store is not open yet.");

    /// <summary>
    /// The store as the factory opened it, under any tracing wrapper: the access store (audit log, API keys) lives
    /// beside it and needs its concrete type to find its SQLite file or Neo4j driver.
    /// </summary>
    public IGraphStore Opened => _opened ?? Store;

    /// <summary>Serves <paramref name="store"/>; <paramref name="opened"/> is the unwrapped one (kept when a later call wraps).</summary>
    public void Set(IGraphStore store, IGraphStore? opened = null)
    {
        _store = store;
        _opened = opened ?? _opened;
    }

    public ValueTask DisposeAsync() => _store?.DisposeAsync() ?? ValueTask.CompletedTask;
}
