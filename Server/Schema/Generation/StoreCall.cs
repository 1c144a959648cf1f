using GraphQL;

namespace GraphServer.Schema.Generation;

/// <summary>
/// The stores check what clients ask for (filter depth and values, labels, traversal limits) and throw
/// <see cref="ArgumentException"/> with a message meant for the caller; this turns it into a GraphQL error with a code,
/// where it would otherwise be reported as an unexpected error.
/// </summary>
internal static class StoreCall
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, string code)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new ExecutionError(e.Message) { Code = code };
        }
    }
}
