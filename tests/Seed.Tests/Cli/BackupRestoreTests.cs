using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Seed.Tests.Support;
using GraphServer.Store;
using GraphServer.Store.DurabilityWriter;
using GraphServer.Store.Embedded;

namespace GraphServer.Seed.Tests.Cli;

/// <summary>
/// backup copies the embedded store consistently while it is being written to; restore puts a backup back and refuses
/// anything that is not an intact GraphServer database, leaving the store as it was.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_backup_taken_during_writes_holds_whole_change_sets_only_and_restores_into_another_folder()
    {
        var live = Path.Combine(_directory.Path, "live");
        var copy = Path.Combine(_directory.Path, "restored");
        var backup = Path.Combine(_directory.Path, "graph.backup.db");
        Assert.Equal(0, (await SeedProcess.RunAsync(NoEnvironment, "load", "--data-dir", live)).ExitCode);

        // A writer applies change sets of 42 nodes and 40 relationships while the backup runs.
        var written = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            await using var store = new EmbeddedStore(RecruitmentModel.Instance, live);
            await store.InitializeAsync();
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                await store.ApplyAsync(DurabilityBatch.Build(n));
                written = n;
            }
        });
        while (Volatile.Read(ref written) < 3)
        {
            await Task.Delay(20);
        }

        var backedUp = await SeedProcess.RunAsync(NoEnvironment, "backup", backup, "--data-dir", live);
        await stop.CancelAsync();
        await writer;

        Assert.Equal((0, string.Empty), (backedUp.ExitCode, backedUp.Error));
        var restored = await SeedProcess.RunAsync(NoEnvironment, "restore", backup, "--data-dir", copy);
        Assert.Equal((0, string.Empty), (restored.ExitCode, restored.Error));

        await using var store = await TestStores.OpenAsync(TestStores.Embedded(copy));
        var batches = 0;
        for (var n = 1; n <= written; n++)
        {
            var present = (await store.GetNodesAsync(DurabilityBatch.NodeIds(n))).Count;
            Assert.True(present == 0 || present == DurabilityBatch.NodeIds(n).Count, $"batch {n} is in the backup in part ({present} nodes)");
            batches += present == 0 ? 0 : 1;
        }

        Assert.True(batches >= 3, $"only {batches} batches in the backup");
        Assert.Equal(SeedData.Read().Nodes.Count + (batches * DurabilityBatch.NodeIds(1).Count), await store.CountNodesAsync());
    }

    [Fact]
    public async Task Restore_refuses_a_file_that_is_not_a_graphserver_database_and_changes_nothing()
    {
        var data = Path.Combine(_directory.Path, "data");
        await SeedProcess.RunAsync(NoEnvironment, "load", "--data-dir", data);
        var junk = _directory.File("junk.db", "this is not SQLite");

        var outcome = await SeedProcess.RunAsync(NoEnvironment, "restore", junk, "--data-dir", data);

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"Cannot restore from {junk}: ", outcome.Error, StringComparison.Ordinal);
        Assert.EndsWith("The store is unchanged.", outcome.Error.Trim(), StringComparison.Ordinal);
        await using var store = await TestStores.OpenAsync(TestStores.Embedded(data));
        Assert.Equal(SeedData.Read().Nodes.Count, await store.CountNodesAsync());
    }

    [Fact]
    public async Task Backup_on_neo4j_points_to_neo4j_admin()
    {
        var outcome = await SeedProcess.RunAsync(NoEnvironment, "backup", Path.Combine(_directory.Path, "x.db"), "--store", "neo4j");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("neo4j-admin database dump", outcome.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
