using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphServer.Store.Access;

namespace GraphServer.Api.Access;

/// <summary>
/// Small-count suppression for viewers: a count below k (including 0) is not returned; the field is null and an error
/// with <c>SMALL_COUNT_SUPPRESSED</c> at its path marks it, so a null is never mistaken for "unknown". Analysts and
/// above get every count.
/// </summary>
internal sealed class SmallCountResolver(IFieldResolver inner, int threshold) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var value = await inner.ResolveAsync(context).ConfigureAwait(false);
        if (CallerClaims.RoleOf(context.User) > AccessRole.Viewer)
        {
            return value;
        }

        return value is IDataLoaderResult pending ? new Checked(pending, this) : Check(value);
    }

    private object? Check(object? value) =>
        value is int or long && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) < threshold
        ? throw new ExecutionError($"Counts below {threshold} are suppressed for viewers.") { Code = AccessErrorCodes.SmallCountSuppressed }
        : value;

    /// <summary>A count that a DataLoader delivers later is checked when it arrives.</summary>
    private sealed class Checked(IDataLoaderResult pending, SmallCountResolver resolver) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            resolver.Check(await pending.GetResultAsync(cancellationToken).ConfigureAwait(false));
    }
}
