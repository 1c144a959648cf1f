using GraphServer.Store;

namespace GraphServer.Api.Hosting;

/// <summary>
/// Holds the store once <see cref="StoreStartup"/> has opened it. Opening is asynchronous and may fail with a setting
/// error, so it happens in a hosted service before the server listens, not in a DI factory.
/// </summary>
internal sealed class GraphStoreHolder : IAsyncDisposable
{
    private IGraphStore? _store;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The graph store is not open yet.");

    public void Set(IGraphStore store) => _store = store;

    public ValueTask DisposeAsync() => _store?.DisposeAsync() ?? ValueTask.CompletedTask;
}
