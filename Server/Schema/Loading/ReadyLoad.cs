using GraphQL.DataLoader;

namespace GraphServer.Schema.Loading;

/// <summary>A load whose value is already here (pre-filled by a compiled plan): nothing is batched or fetched.</summary>
internal sealed class ReadyLoad<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
