using GraphServer.Bolt;
using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Neo4j;
using GraphServer.Tests.Shared;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// The real Neo4j named by NEO4J_URI, emptied and loaded with the seed and the contract's synthetic component. Without NEO4J_URI the store stays null and
/// every test skips (or fails under REQUIRE_NEO4J=1).
/// </summary>
public sealed class Neo4jStoreFixture : IAsyncLifetime
{
    private Neo4jDatabaseLock? _lock;

    public Neo4jStore? Store { get; private set; }

    public async Task InitializeAsync()
    {
        if (Neo4jTestEnvironment.Uri is not { } uri)
        {
            return;
        }

        _lock = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        var driver = BoltDriver.Create(new Uri(uri), BoltAuth.Basic(Neo4jTestEnvironment.User, Neo4jTestEnvironment.Password));
        // The tests own this database: start from an empty graph so the seed is all there is.
        await driver.ExecuteQueryAsync("MATCH (n) DETACH DELETE n");
        Store = new Neo4jStore(RecruitmentModel.Instance, driver);
        await Store.InitializeAsync();
        await SeedData.LoadAsync(Store);
        await Store.ApplyAsync(ContractGraph.Changes);
    }

    public async Task DisposeAsync()
    {
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }

        _lock?.Dispose();
    }
}
