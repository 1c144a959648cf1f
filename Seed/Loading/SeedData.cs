using GraphServer.Store;

namespace GraphServer.Seed.Loading;

/// <summary>The cited seed dataset shipped inside this assembly (Data/seed.json), and loading it into a store.</summary>
public static class SeedData
{
    private const string ResourceName = "GraphServer.Seed.Data.seed.json";

    public static ChangeSet Read()
    {
        using var stream = typeof(SeedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The seed resource {ResourceName} is missing from the build.");
        return GraphDocument.Read(stream);
    }

    /// <summary>Loads the seed as one change set: all of it or nothing. Upserts, so loading twice changes nothing.</summary>
    public static async Task<int> LoadAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        var seed = Read();
        await store.ApplyAsync(seed, cancellationToken).ConfigureAwait(false);
        return seed.Nodes.Count;
    }
}
