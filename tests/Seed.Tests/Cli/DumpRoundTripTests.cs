using System.Text;
using GraphServer.Model;
using GraphServer.Seed.Batching;
using GraphServer.Seed.Dump;
using GraphServer.Seed.Import;
using GraphServer.Seed.Loading;
using GraphServer.Seed.Tests.Support;
using GraphServer.Store;
using GraphServer.Store.Configuration;
using GraphServer.Tests.Shared;

namespace GraphServer.Seed.Tests.Cli;

/// <summary>
/// <c>dump</c> writes the whole graph in the import format: the seed dumped holds exactly the seed's records and sources;
/// imported into an empty store and dumped again it is the same file, byte for byte, on each store and across them.
/// </summary>
public sealed class DumpRoundTripTests : IDisposable
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task The_seed_dumped_from_the_embedded_store_holds_every_seed_record_with_its_sources()
    {
        var settings = TestStores.Embedded(Path.Combine(_directory.Path, "seeded"));
        await LoadSeedAsync(settings);

        var dump = await DumpAsync(settings, "seed.json", pageSize: 7);

        using var file = File.OpenRead(dump.Path);
        Assert.Equal(
            Canonical.Lines(SeedData.Read()).Order(StringComparer.Ordinal),
            Canonical.Lines(GraphDocument.Read(file)).Order(StringComparer.Ordinal));
        var seed = SeedData.Read();
        var citations = seed.Edges.Count(e => e.Type == RecruitmentModel.Instance.Citation!.Type);
        Assert.Equal(new DumpStats(seed.Nodes.Count, seed.Edges.Count - citations, citations), dump.Stats);
    }

    [Fact]
    public async Task A_dump_of_the_embedded_store_imported_into_an_empty_one_dumps_identically_with_the_same_counts() =>
        await RoundTripAsync(
            TestStores.Embedded(Path.Combine(_directory.Path, "first")), TestStores.Embedded(Path.Combine(_directory.Path, "second")));

    [SkippableFact]
    public async Task A_dump_of_neo4j_imported_into_an_empty_neo4j_dumps_identically_with_the_same_counts()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await TestStores.EmptyNeo4jAsync();
        await RoundTripAsync(
            TestStores.Neo4j(Path.Combine(_directory.Path, "first")),
            TestStores.Neo4j(Path.Combine(_directory.Path, "second")),
            emptyBeforeImport: TestStores.EmptyNeo4jAsync);
    }

    [SkippableFact]
    public async Task A_dump_of_the_embedded_store_loaded_into_neo4j_and_back_compares_equal()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await TestStores.EmptyNeo4jAsync();
        var embedded = TestStores.Embedded(Path.Combine(_directory.Path, "embedded"));
        var neo4j = TestStores.Neo4j(Path.Combine(_directory.Path, "neo4j"));
        var back = TestStores.Embedded(Path.Combine(_directory.Path, "back"));
        await LoadSeedAsync(embedded);

        var fromEmbedded = await DumpAsync(embedded, "embedded.json");
        await ImportAsync(neo4j, fromEmbedded.Path);
        var fromNeo4j = await DumpAsync(neo4j, "neo4j.json");
        await ImportAsync(back, fromNeo4j.Path);
        var fromBack = await DumpAsync(back, "back.json");

        AssertSameFile(fromEmbedded.Path, fromNeo4j.Path);
        AssertSameFile(fromEmbedded.Path, fromBack.Path);
        Assert.Equal(await CountsAsync(embedded), await CountsAsync(neo4j));
        Assert.Equal(await CountsAsync(embedded), await CountsAsync(back));
    }

    [Fact]
    public async Task The_dump_command_writes_the_file_and_refuses_to_overwrite_one()
    {
        var data = Path.Combine(_directory.Path, "data");
        var target = Path.Combine(_directory.Path, "graph.json");
        Assert.Equal(0, (await SeedProcess.RunAsync(NoEnvironment, "load", "--data-dir", data)).ExitCode);

        var dumped = await SeedProcess.RunAsync(NoEnvironment, "dump", target, "--data-dir", data);
        var again = await SeedProcess.RunAsync(NoEnvironment, "dump", target, "--data-dir", data);

        var seed = SeedData.Read();
        Assert.Equal(0, dumped.ExitCode);
        Assert.StartsWith($"Dumped {seed.Nodes.Count} nodes, ", dumped.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target + ".partial"));
        Assert.StartsWith("{\"nodes\": [\n{\"label\":\"", await File.ReadAllTextAsync(target), StringComparison.Ordinal);
        Assert.Equal((1, $"{target} exists already; choose a new file name."), (again.ExitCode, again.Error.Trim()));
    }

    public void Dispose() => _directory.Dispose();

    private async Task RoundTripAsync(StoreSettings first, StoreSettings second, Func<Task>? emptyBeforeImport = null)
    {
        await LoadSeedAsync(first);
        var firstCounts = await CountsAsync(first);
        var before = await DumpAsync(first, "before.json");
        if (emptyBeforeImport is not null)
        {
            await emptyBeforeImport();
        }

        var imported = await ImportAsync(second, before.Path);
        var after = await DumpAsync(second, "after.json");

        Assert.True(imported.Succeeded, string.Join("\n", imported.Check.Problems));
        AssertSameFile(before.Path, after.Path);
        Assert.Equal(before.Stats, after.Stats);
        Assert.Equal(firstCounts, await CountsAsync(second));
        Assert.Equal(firstCounts, (before.Stats.Nodes, before.Stats.Relationships + before.Stats.Citations));
    }

    private static async Task LoadSeedAsync(StoreSettings settings)
    {
        await using var store = await TestStores.OpenAsync(settings);
        await SeedData.LoadAsync(store);
    }

    private async Task<(string Path, DumpStats Stats)> DumpAsync(StoreSettings settings, string name, int pageSize = 50)
    {
        var path = Path.Combine(_directory.Path, name);
        await using var store = await TestStores.OpenAsync(settings);
        await using var output = File.Create(path);
        return (path, await GraphDump.WriteAsync(store, RecruitmentModel.Instance, output, pageSize, CancellationToken.None));
    }

    private static async Task<ImportResult> ImportAsync(StoreSettings settings, string path)
    {
        await using var store = await TestStores.OpenAsync(settings);
        Assert.Equal(0, await store.CountNodesAsync());
        var checkpoint = CheckpointFile.For(settings.DataDirectory, "import", ImportJob.Describe([path], settings.ToString()));
        return await ImportJob.RunAsync(
            store, RecruitmentModel.Instance, [path], 100, checkpoint, new RecordingProgress(), CancellationToken.None);
    }

    private static async Task<(long Nodes, long Edges)> CountsAsync(StoreSettings settings)
    {
        await using var store = await TestStores.OpenAsync(settings);
        return (await store.CountNodesAsync(), await TestStores.CountEdgesAsync(settings));
    }

    private static void AssertSameFile(string expected, string actual)
    {
        var expectedText = File.ReadAllText(expected, Encoding.UTF8);
        var actualText = File.ReadAllText(actual, Encoding.UTF8);
        Assert.True(expectedText.Length > 1_000, $"{expected} is nearly empty");
        Assert.Equal(expectedText, actualText);
    }
}
