using System.Collections.Concurrent;
using GraphQL;

namespace GraphServer.Schema.Loading;

/// <summary>
/// Objects that live for one request, kept in its <see cref="IResolveFieldContext.UserContext"/> (GraphQL.NET creates
/// one per execution). The user context is a plain dictionary and resolvers of one request run in parallel, hence the lock;
/// the HTTP endpoint gives a concurrent one, read without a lock (resolvers look their request's items up per parent).
/// </summary>
internal static class RequestItems
{
    /// <summary>The request's item under <paramref name="key"/>, created by <paramref name="create"/> on first use.</summary>
    public static T GetOrAdd<T>(IResolveFieldContext context, string key, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var userContext = context.UserContext;
        if (userContext is ConcurrentDictionary<string, object?> concurrent)
        {
            if (concurrent.TryGetValue(key, out var found) && found is T known)
            {
                return known;
            }

            // Another value under the key (not a T) is replaced, as below; a race adds one of the two created items.
            return (T)concurrent.AddOrUpdate(key, _ => create(), (_, existing) => existing as T ?? create())!;
        }

        lock (userContext)
        {
            if (userContext.TryGetValue(key, out var existing) && existing is T item)
            {
                return item;
            }

            var created = create();
            userContext[key] = created;
            return created;
        }
    }

    /// <summary>The request's item under <paramref name="key"/>, or null when none was added.</summary>
    public static T? Find<T>(IResolveFieldContext context, string key)
        where T : class
    {
        var userContext = context.UserContext;
        if (userContext is ConcurrentDictionary<string, object?> concurrent)
        {
            return concurrent.TryGetValue(key, out var found) ? found as T : null;
        }

        lock (userContext)
        {
            return userContext.TryGetValue(key, out var value) ? value as T : null;
        }
    }
}
