using GraphQL.DataLoader;

namespace GraphServer.Schema.Loading;

/// <summary>A load whose value is shaped for one field (filtered, cut) once the batch has answered.</summary>
internal sealed class MappedLoad<TSource, TResult>(IDataLoaderResult<TSource> source, Func<TSource, TResult> map) : IDataLoaderResult<TResult>
{
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
        map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
