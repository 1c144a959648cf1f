using GraphServer.Model;
using GraphServer.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>The embedded schema is versioned: a version 1 database is migrated in place and opening twice changes nothing.</summary>
public sealed class SchemaMigrationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graphserver-migration-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_version_1_database_keeps_its_data_and_becomes_searchable()
    {
        Directory.CreateDirectory(_directory);
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "graph.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // The version 1 tables exactly as the walking skeleton created them.
            command.CommandText = """
                CREATE TABLE schema_version (version INTEGER NOT NULL);
                INSERT INTO schema_version (version) VALUES (1);
                CREATE TABLE nodes (id TEXT NOT NULL PRIMARY KEY, label TEXT NOT NULL, props TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX nodes_by_label ON nodes (label, id);
                CREATE TABLE edges (from_id TEXT NOT NULL, type TEXT NOT NULL, to_id TEXT NOT NULL, props TEXT NOT NULL,
                    PRIMARY KEY (from_id, type, to_id)) WITHOUT ROWID;
                CREATE INDEX edges_by_target ON edges (to_id, type, from_id);
                INSERT INTO nodes VALUES ('source:old', 'Source', '{"id":"source:old","synthetic":false,"publisher":"Old Times","title":"Kept across versions","kind":"news"}');
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        for (var opening = 0; opening < 2; opening++)
        {
            var store = new EmbeddedStore(RecruitmentModel.Instance, _directory);
            await store.InitializeAsync();
            try
            {
                Assert.Equal("Kept across versions", (await store.GetNodesAsync(["source:old"])).Single()["title"]);
                Assert.Equal(["source:old"], (await store.SearchAsync(new SearchQuery("versions"))).Select(h => h.Node.Id));
                Assert.Equal(1, await store.CountNodesAsync());
            }
            finally
            {
                await store.DisposeAsync();
            }
        }

        await using var check = new SqliteConnection($"Data Source={Path.Combine(_directory, "graph.db")}");
        await check.OpenAsync();
        await using var version = check.CreateCommand();
        version.CommandText = "SELECT group_concat(version) FROM schema_version";
        Assert.Equal("2", await version.ExecuteScalarAsync());
        version.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_status'";
        Assert.Equal(1L, await version.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
