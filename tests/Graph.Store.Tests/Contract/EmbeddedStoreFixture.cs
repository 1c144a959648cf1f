using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Embedded;

namespace GraphServer.Store.Tests.Contract;

/// <summary>A fresh embedded store in a temporary folder, loaded with the seed and the contract's synthetic component.</summary>
public sealed class EmbeddedStoreFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graphserver-tests-" + Guid.NewGuid().ToString("N"));

    public EmbeddedStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new EmbeddedStore(RecruitmentModel.Instance, _directory);
        await Store.InitializeAsync();
        await SeedData.LoadAsync(Store);
        await Store.ApplyAsync(ContractGraph.Changes);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
