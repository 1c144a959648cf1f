using GraphServer.Api.Hosting;
using GraphServer.Store.Access;

namespace GraphServer.Api.Access;

/// <summary>The audit log and API keys beside the open graph store, opened on first use (the store opens at start).</summary>
internal sealed class AccessStoreHolder(GraphStoreHolder graph)
{
    private readonly Lazy<Task<IAccessStore>> _store = new(() => AccessStores.OpenAsync(graph.Opened));

    public Task<IAccessStore> GetAsync() => _store.Value;
}
