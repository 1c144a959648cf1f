using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Tests.Contract;

public sealed class EmbeddedStoreContractTests(EmbeddedStoreFixture fixture) : GraphStoreContractTests, IClassFixture<EmbeddedStoreFixture>
{
    protected override IGraphStore Store => fixture.Store;

    [Fact]
    public async Task A_node_stored_before_versions_existed_gets_version_one_when_the_store_starts()
    {
        var country = (await Store.FindNodesAsync(new NodeQuery("Country") { Take = 1 })).Nodes[0].Id;
        await using (var connection = new SqliteConnection($"Data Source={fixture.Store.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var strip = connection.CreateCommand();
            strip.CommandText = "UPDATE nodes SET props = json_remove(props, '$.version') WHERE id = $id";
            strip.Parameters.AddWithValue("$id", country);
            Assert.Equal(1, await strip.ExecuteNonQueryAsync());
        }

        Assert.False((await Store.GetNodesAsync([country]))[0].Properties.ContainsKey("version"));
        await Store.InitializeAsync();

        Assert.Equal(1L, (await Store.GetNodesAsync([country]))[0]["version"]);
    }
}
