using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Embedded;
using GraphServer.Store.Planning;
using GraphServer.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>
/// The embedded schema is versioned: a version 1 database is migrated in place and opening twice changes nothing; a
/// database written before an index existed gets it when it is opened, and reads use it.
/// </summary>
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

    [Fact]
    public async Task A_database_from_before_the_id_keyed_status_index_gets_it_on_open_and_a_status_funnel_reads_the_index()
    {
        var store = new EmbeddedStore(RecruitmentModel.Instance, _directory);
        await store.InitializeAsync();
        await SeedData.LoadAsync(store);
        await store.ApplyAsync(ContractGraph.Changes);
        await store.DisposeAsync();
        await using (var before = await OpenAsync())
        {
            // As the store left databases before issue 13: no index keyed by id.
            await ExecuteAsync(before, "DROP INDEX ixid_status; DROP INDEX ixid_kind; DROP INDEX ixid_platform; DROP INDEX ixid_metric;");
            Assert.Equal(0L, await ScalarAsync(before, "SELECT count(*) FROM sqlite_master WHERE name GLOB 'ixid_*'"));
        }

        SqliteConnection.ClearAllPools();
        store = new EmbeddedStore(RecruitmentModel.Instance, _directory);
        await store.InitializeAsync();
        try
        {
            await using var after = await OpenAsync();
            Assert.Equal(1L, await ScalarAsync(after, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ixid_status'"));
            var funnel = new[] { "captured", "killed", "missing" }
                .Select(s => new PlanSelection(new NeighbourQuery([], "CITIZEN_OF", EdgeDirection.Incoming) { Where = Filter.Eq("status", s) }, [])
                {
                    Count = true, ReadsRows = false,
                })
                .ToList();
            PlanResult result;
            IReadOnlyList<string> texts;
            using (var spans = new StatementSpans())
            {
                result = await store.RunPlanAsync(PlanQuery.ForLookup(new PlanLookup([ContractGraph.Country], "Country"), funnel));
                texts = spans.Texts;
            }

            Assert.Equal([1L, 1L, 0L], funnel.Select(f => result.CountsOf(f)![ContractGraph.Country]));
            var plan = await ExplainAsync(after, texts[^1]);
            Assert.Contains(plan, step => step.Contains("USING COVERING INDEX ixid_status", StringComparison.Ordinal));
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>The steps of EXPLAIN QUERY PLAN (parameters left unbound: the plan does not depend on their values).</summary>
    private static async Task<List<string>> ExplainAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "graph.db")}");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
