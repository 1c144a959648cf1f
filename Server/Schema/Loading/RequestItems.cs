using GraphQL;

namespace GraphServer.Schema.Loading;

/// <summary>
/// Objects that live for one request, kept in its <see cref="IResolveFieldContext.UserContext"/> (GraphQL.NET creates
/// one per execution). The user context is a plain dictionary and resolvers of one request run in parallel, hence the lock.
/// </summary>
internal static class RequestItems
{
    /// <summary>The request's item under <paramref name="key"/>, created by <paramref name="create"/> on first use.</summary>
    public static T GetOrAdd<T>(IResolveFieldContext context, string key, Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var userContext = context.UserContext;
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
        lock (userContext)
        {
            return userContext.TryGetValue(key, out var value) ? value as T : null;
        }
    }
}
