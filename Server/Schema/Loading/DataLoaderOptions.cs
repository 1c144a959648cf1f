namespace GraphServer.Schema.Loading;

/// <summary>Limits of the per-request DataLoaders; the default keeps one store call's parameter list modest.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>Keys per store call; a level with more parents is fetched in several calls of at most this many keys.</summary>
    public int MaxBatchSize { get; init; } = 500;

    /// <summary>
    /// Whether root fields compile the relationship fields below them into one store plan (Planning); off, every level
    /// loads through its DataLoader (the path compiled-out fields still take).
    /// </summary>
    public bool CompileSelections { get; init; } = true;
}
