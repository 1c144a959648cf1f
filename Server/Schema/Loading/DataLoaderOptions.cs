namespace GraphServer.Schema.Loading;

/// <summary>Limits of the per-request DataLoaders; the default keeps one store call's parameter list modest.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>Keys per store call; a level with more parents is fetched in several calls of at most this many keys.</summary>
    public int MaxBatchSize { get; init; } = 500;
}
