using GraphQL;

namespace GraphServer.Schema.Loading;

/// <summary>
/// The DataLoaders of one request. It lives in the request's <see cref="IResolveFieldContext.UserContext"/>, which
/// GraphQL.NET creates afresh for every execution, so nothing is cached across requests.
/// </summary>
public sealed class DataLoaderContext
{
    private const string UserContextKey = "GraphServer.DataLoaders";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    /// <summary>The request's loader named <paramref name="name"/>, created by <paramref name="create"/> on first use.</summary>
    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = create();
                _loaders.Add(name, loader);
            }

            return (BatchLoader<TKey, TValue>)loader;
        }
    }

    /// <summary>The loaders of the request that <paramref name="context"/> belongs to.</summary>
    public static DataLoaderContext Of(IResolveFieldContext context) =>
        RequestItems.GetOrAdd(context, UserContextKey, () => new DataLoaderContext());
}
