using GraphServer.Seed.Loading;
using GraphServer.Seed.Tests.Import;
using GraphServer.Seed.Tests.Support;
using GraphServer.Store;
using GraphServer.Store.Access;
using GraphServer.Tests.Shared;

namespace GraphServer.Seed.Tests.Cli;

/// <summary>The CLI as a child process: its exit codes, what it prints, and what it leaves in the store.</summary>
public sealed class CliEndToEndTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Load_puts_the_seed_into_the_embedded_store_named_by_the_environment()
    {
        var data = Path.Combine(_directory.Path, "data");

        var outcome = await SeedProcess.RunAsync(new Dictionary<string, string?> { ["GRAPH_DATA_DIR"] = data }, "load");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"Loaded the seed ({SeedData.Read().Nodes.Count} nodes) into embedded in {data}", outcome.Output);
        await using var store = await TestStores.OpenAsync(TestStores.Embedded(data));
        Assert.Equal(SeedData.Read().Nodes.Count, await store.CountNodesAsync());
    }

    [Fact]
    public async Task Import_with_one_bad_row_exits_1_prints_file_line_field_reason_and_writes_nothing()
    {
        var data = Path.Combine(_directory.Path, "data");
        var good = _directory.File("good.json", ImportFixtures.Json());
        var bad = _directory.File("bad.csv", ImportFixtures.Csv(unitKind: "storm"));
        await SeedProcess.RunAsync(NoEnvironment, "load", "--data-dir", data);

        var outcome = await SeedProcess.RunAsync(NoEnvironment, "import", good, bad, "--data-dir", data);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [$"{bad}:3: kind: 'storm' is not one of assault, regular, pmc, volunteer", "1 problem(s); nothing was written."],
            outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await using var store = await TestStores.OpenAsync(TestStores.Embedded(data));
        Assert.Equal(SeedData.Read().Nodes.Count, await store.CountNodesAsync());
        var entries = await AuditEntriesAsync(store);
        Assert.Equal(["write-attempt", "write-refused"], entries.Select(e => e.Record.Kind));
        Assert.Contains("bad.csv", entries[0].Record.Variables, StringComparison.Ordinal);
        Assert.Equal($$"""{"attempt":{{entries[0].Sequence}},"problems":1}""", entries[1].Record.Variables);
    }

    [Fact]
    public async Task Import_of_good_files_writes_them_and_a_second_run_finds_it_already_done()
    {
        var data = Path.Combine(_directory.Path, "data");
        var json = _directory.File("good.json", ImportFixtures.Json());
        var csv = _directory.File("good.csv", ImportFixtures.Csv());
        await SeedProcess.RunAsync(NoEnvironment, "load", "--data-dir", data);

        var first = await SeedProcess.RunAsync(NoEnvironment, "import", json, csv, "--data-dir", data);
        var second = await SeedProcess.RunAsync(NoEnvironment, "import", json, csv, "--data-dir", data);

        Assert.Equal((0, string.Empty), (first.ExitCode, first.Error));
        Assert.Contains("Checked 8 nodes and 5 relationships. Wrote 8 nodes and 11 relationships", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Already imported", second.Output);
        await using var store = await TestStores.OpenAsync(TestStores.Embedded(data));
        Assert.Equal(SeedData.Read().Nodes.Count + 8, await store.CountNodesAsync());
        // Each run is an attempt stored before anything is written, then its outcome naming the attempt.
        var entries = await AuditEntriesAsync(store);
        Assert.Equal(["write-attempt", "import", "write-attempt", "import"], entries.Select(e => e.Record.Kind));
        Assert.Equal($$"""{"attempt":{{entries[0].Sequence}},"nodes":8,"edges":5,"alreadyComplete":false}""", entries[1].Record.Variables);
        Assert.Equal($$"""{"attempt":{{entries[2].Sequence}},"nodes":0,"edges":0,"alreadyComplete":true}""", entries[3].Record.Variables);
        Assert.Equal(entries[0].Record.OperationHash, entries[2].Record.OperationHash);
    }

    private static async Task<IReadOnlyList<AuditEntry>> AuditEntriesAsync(IGraphStore store)
    {
        var access = await AccessStores.OpenAsync(store);
        return await access.ReadAsync(0, 100);
    }

    [Fact]
    public async Task Import_of_a_missing_file_exits_1_naming_it()
    {
        var missing = Path.Combine(_directory.Path, "nowhere.json");

        var outcome = await SeedProcess.RunAsync(NoEnvironment, "import", missing, "--data-dir", _directory.Path);

        Assert.Equal((1, $"{missing}: no such file; nothing was written."), (outcome.ExitCode, outcome.Error.Trim()));
    }

    [Fact]
    public async Task Generate_writes_the_seed_and_the_requested_number_of_synthetic_nodes()
    {
        var data = Path.Combine(_directory.Path, "data");

        var outcome = await SeedProcess.RunAsync(NoEnvironment, "generate", "--nodes", "500", "--seed", "3", "--data-dir", data);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Event: 501 of 501 (100.0%)", outcome.Output);
        await using var store = await TestStores.OpenAsync(TestStores.Embedded(data));
        Assert.Equal(SeedData.Read().Nodes.Count + 500, await store.CountNodesAsync());
    }

    [Fact]
    public async Task An_unknown_store_exits_2_with_the_reason()
    {
        var outcome = await SeedProcess.RunAsync(new Dictionary<string, string?> { ["GRAPH_STORE"] = "oracle" }, "load");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("GRAPH_STORE='oracle' is not a store GraphServer knows", outcome.Error);
    }

    [SkippableFact]
    public async Task Load_and_generate_go_into_neo4j_with_the_store_option()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await TestStores.EmptyNeo4jAsync();
        var environment = new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = Neo4jTestEnvironment.Uri,
            ["NEO4J_USER"] = Neo4jTestEnvironment.User,
            ["NEO4J_PASSWORD"] = Neo4jTestEnvironment.Password,
        };

        var load = await SeedProcess.RunAsync(environment, "load", "--store", "neo4j");
        var generate = await SeedProcess.RunAsync(environment, "generate", "--nodes", "500", "--store", "neo4j", "--data-dir", _directory.Path);

        Assert.Equal((0, 0), (load.ExitCode, generate.ExitCode));
        Assert.Contains($"into neo4j at {Neo4jTestEnvironment.Uri}", load.Output);
        await using var store = await TestStores.OpenAsync(TestStores.Neo4j(_directory.Path));
        Assert.Equal(SeedData.Read().Nodes.Count + 500, await store.CountNodesAsync());
    }

    public void Dispose() => _directory.Dispose();

    private static Dictionary<string, string?> NoEnvironment => [];
}
