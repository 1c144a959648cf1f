using GraphServer.Seed.Batching;
using GraphServer.Seed.Generation;
using GraphServer.Seed.Tests.Support;
using GraphServer.Store.Configuration;
using GraphServer.Tests.Shared;

namespace GraphServer.Seed.Tests.Batching;

/// <summary>A run cut off after a few batches and started again ends with exactly what an uninterrupted run writes.</summary>
public sealed class ResumeTests
{
    private const long Nodes = 3_000;
    private const int BatchSize = 250;

    [Fact]
    public async Task Generation_interrupted_after_some_batches_resumes_to_the_same_graph_on_the_embedded_store()
    {
        using var whole = new TempDirectory();
        using var interrupted = new TempDirectory();

        var expected = await GenerateAsync(TestStores.Embedded(whole.Path));
        var resumed = await InterruptThenResumeAsync(TestStores.Embedded(interrupted.Path));

        Assert.Equal(expected, resumed);
    }

    [SkippableFact]
    public async Task Generation_interrupted_after_some_batches_resumes_to_the_same_graph_on_neo4j()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var embedded = new TempDirectory();
        using var checkpoints = new TempDirectory();
        var expected = await GenerateAsync(TestStores.Embedded(embedded.Path));

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await TestStores.EmptyNeo4jAsync();
        var resumed = await InterruptThenResumeAsync(TestStores.Neo4j(checkpoints.Path));

        Assert.Equal(expected, resumed);
    }

    [Fact]
    public async Task Running_a_completed_generation_again_writes_nothing()
    {
        using var directory = new TempDirectory();
        var settings = TestStores.Embedded(directory.Path);
        await GenerateAsync(settings);

        await using var store = await TestStores.OpenAsync(settings);
        var again = await GenerateJob.RunAsync(store, Nodes, 1, BatchSize, Checkpoint(settings), new RecordingProgress(), CancellationToken.None);

        Assert.True(again.WasAlreadyComplete);
        Assert.Equal(0, again.Batches);
    }

    [Fact]
    public async Task Generating_again_without_the_checkpoint_upserts_and_creates_no_duplicates()
    {
        using var directory = new TempDirectory();
        var settings = TestStores.Embedded(directory.Path);
        var first = await GenerateAsync(settings);
        Checkpoint(settings).Delete();

        var second = await GenerateAsync(settings);

        Assert.Equal(first, second);
    }

    private static async Task<(long Nodes, long Edges)> GenerateAsync(StoreSettings settings)
    {
        await using (var store = await TestStores.OpenAsync(settings))
        {
            await GenerateJob.RunAsync(store, Nodes, 1, BatchSize, Checkpoint(settings), new RecordingProgress(), CancellationToken.None);
        }

        return await CountAsync(settings);
    }

    private static async Task<(long Nodes, long Edges)> InterruptThenResumeAsync(StoreSettings settings)
    {
        using var cancel = new CancellationTokenSource();
        var progress = new RecordingProgress(cancel, position: 1 + 4 * BatchSize);
        await using (var store = await TestStores.OpenAsync(settings))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                GenerateJob.RunAsync(store, Nodes, 1, BatchSize, Checkpoint(settings), progress, cancel.Token));
        }

        var partial = await CountAsync(settings);
        var committed = progress.Reports[^1].Done;
        Assert.InRange(committed, 1 + 4 * BatchSize, Nodes - BatchSize);
        Assert.InRange(partial.Nodes, committed, Nodes);
        Assert.Equal(committed, Checkpoint(settings).Load());

        await using (var store = await TestStores.OpenAsync(settings))
        {
            var rest = await GenerateJob.RunAsync(store, Nodes, 1, BatchSize, Checkpoint(settings), new RecordingProgress(), CancellationToken.None);
            Assert.Equal(committed, rest.ResumedFrom);
            Assert.Equal(1 + Nodes, rest.Total);
        }

        return await CountAsync(settings);
    }

    private static CheckpointFile Checkpoint(StoreSettings settings) =>
        CheckpointFile.For(settings.DataDirectory, "generate", GenerateJob.Describe(Nodes, 1, settings.ToString()));

    private static async Task<(long Nodes, long Edges)> CountAsync(StoreSettings settings)
    {
        await using var store = await TestStores.OpenAsync(settings);
        return (await store.CountNodesAsync(), await TestStores.CountEdgesAsync(settings));
    }
}
