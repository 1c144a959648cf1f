using System.Collections.Concurrent;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Support;

/// <summary>Counts the calls made to a store, by method name.</summary>
public sealed class CallCounter
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int this[string method] => _calls.GetValueOrDefault(method);

    public IGraphStore Wrap(IGraphStore inner) => StoreProxy.Wrap(inner, (method, _) =>
    {
        _calls.AddOrUpdate(method.Name, 1, (_, n) => n + 1);
        return null;
    });

    public void Reset() => _calls.Clear();
}
