using GraphQL.DataLoader;

namespace GraphServer.Schema.Loading;

/// <summary>Several loads of one batch as one result, in order (an edge's sources, each loaded by id).</summary>
internal sealed class AllLoads<T>(IReadOnlyList<IDataLoaderResult<T>> loads) : IDataLoaderResult<IReadOnlyList<T>>
{
    public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var values = new List<T>(loads.Count);
        foreach (var load in loads)
        {
            values.Add(await load.GetResultAsync(cancellationToken).ConfigureAwait(false));
        }

        return values;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
