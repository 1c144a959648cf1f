using GraphServer.Api.Hosting;
using GraphServer.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Support;

/// <summary>
/// Puts a wrapper around the store a started test server opened. Call before the first GraphQL request: the schema
/// takes the store when it is first built.
/// </summary>
internal static class StoreSwap
{
    public static IGraphStore Wrap<TEntryPoint>(WebApplicationFactory<TEntryPoint> factory, Func<IGraphStore, IGraphStore> wrap)
        where TEntryPoint : class
    {
        var holder = factory.Services.GetRequiredService<GraphStoreHolder>();
        var inner = holder.Store;
        holder.Set(wrap(inner));
        return inner;
    }
}
