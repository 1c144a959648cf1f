using GraphServer.Bolt;
using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Store.Configuration;
using GraphServer.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace GraphServer.Seed.Tests.Support;

/// <summary>Opens the stores the way the CLI does, and counts what they hold (the contract has no edge count).</summary>
internal static class TestStores
{
    public static StoreSettings Embedded(string directory) => new() { Store = StoreSettings.Embedded, DataDirectory = directory };

    public static StoreSettings Neo4j(string checkpointDirectory) => new()
    {
        Store = StoreSettings.Neo4j,
        DataDirectory = checkpointDirectory,
        Neo4jUri = Neo4jTestEnvironment.Uri,
        Neo4jUser = Neo4jTestEnvironment.User,
        Neo4jPassword = Neo4jTestEnvironment.Password,
    };

    public static Task<IGraphStore> OpenAsync(StoreSettings settings) => StoreFactory.OpenAsync(settings, RecruitmentModel.Instance);

    public static async Task<long> CountEdgesAsync(StoreSettings settings)
    {
        if (settings.Store == StoreSettings.Neo4j)
        {
            await using var driver = Driver();
            var result = await driver.ExecuteQueryAsync("MATCH ()-[r]->() RETURN count(r) AS total");
            return result.Records[0].Get<long>("total");
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(settings.DataDirectory, "graph.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM edges";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Empties the shared Neo4j; call only while holding <see cref="Neo4jDatabaseLock"/>.</summary>
    public static async Task EmptyNeo4jAsync()
    {
        await using var driver = Driver();
        await driver.ExecuteQueryAsync("MATCH (n) DETACH DELETE n");
    }

    private static BoltDriver Driver() =>
        BoltDriver.Create(new Uri(Neo4jTestEnvironment.Uri!), BoltAuth.Basic(Neo4jTestEnvironment.User, Neo4jTestEnvironment.Password));
}
