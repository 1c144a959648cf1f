using GraphServer.Model;
using GraphServer.Store.DurabilityWriter;
using GraphServer.Store.Embedded;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>
/// Many readers and one writer at once on the embedded store: no reader fails (no SQLITE_BUSY), every read sees whole
/// change sets only, and what a reader sees never goes backwards.
/// </summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private const int Batches = 25;
    private const int Readers = 6;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graphserver-concurrency-" + Guid.NewGuid().ToString("N"));
    private EmbeddedStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new EmbeddedStore(RecruitmentModel.Instance, _directory);
        await _store.InitializeAsync();
    }

    [Fact]
    public async Task Readers_running_beside_a_writer_see_whole_change_sets_and_never_fail()
    {
        using var done = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            try
            {
                for (var n = 1; n <= Batches; n++)
                {
                    await _store.ApplyAsync(DurabilityBatch.Build(n));
                }
            }
            finally
            {
                await done.CancelAsync();
            }
        });
        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(() => ReadUntilAsync(r, done.Token))).ToArray();

        await writer;
        var reads = await Task.WhenAll(readers);

        Assert.All(reads, count => Assert.True(count > 0));
        var final = await _store.FindNodesAsync(new NodeQuery("Location") { Take = 0 });
        Assert.Equal(Batches * DurabilityBatch.Locations, final.TotalCount);
    }

    private async Task<int> ReadUntilAsync(int reader, CancellationToken done)
    {
        var reads = 0;
        long seen = 0;
        while (!done.IsCancellationRequested || reads == 0)
        {
            // One statement pair in one snapshot: the total is whole batches, and never less than before.
            var page = await _store.FindNodesAsync(new NodeQuery("Location") { Where = Filter.StartsWith("id", "location:dur-"), Take = 5 });
            Assert.Equal(0, page.TotalCount % DurabilityBatch.Locations);
            Assert.True(page.TotalCount >= seen, $"reader {reader} went back from {seen} to {page.TotalCount}");
            seen = page.TotalCount;

            var batch = (int)(page.TotalCount / DurabilityBatch.Locations);
            if (batch > 0)
            {
                var unit = DurabilityBatch.UnitId(1 + (reads % batch));
                var neighbours = await _store.GetNeighboursAsync(new NeighbourQuery([unit], "DEPLOYED_TO", EdgeDirection.Outgoing));
                Assert.Equal(DurabilityBatch.Locations, neighbours.Count);
            }

            var counts = await _store.AggregateAsync(new AggregateQuery("Unit", "kind"));
            Assert.True(counts.Sum(c => c.Count) >= batch);
            reads++;
        }

        return reads;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
