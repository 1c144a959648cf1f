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
/// <c>dump</c> while a writer adds linked records, one transaction each (a synthetic Source, a Location citing it and a
/// DEPLOYED_TO from a seed Unit to it, the edge naming the Source): the dump never holds a record that names a node it
/// lacks, holds each written Location with its edge or not at all, and imports into an empty store. On the embedded
/// store the dump is one instant: exactly the first k writes, nothing left out.
/// </summary>
public sealed class DumpSnapshotTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_dump_of_the_embedded_store_during_linked_writes_is_one_instant_closed_and_imports_cleanly()
    {
        var dump = await DumpDuringWritesAsync(TestStores.Embedded(Path.Combine(_directory.Path, "live")));

        Assert.Equal(0, dump.Stats.LeftOut);
        // One instant: the writes it holds are the first k acknowledged, k between the acknowledgements at its start and end.
        Assert.InRange(dump.Written, dump.AcknowledgedAtStart, dump.AcknowledgedAtEnd);
    }

    [SkippableFact]
    public async Task A_dump_of_neo4j_during_linked_writes_is_closed_and_imports_cleanly()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await TestStores.EmptyNeo4jAsync();

        var dump = await DumpDuringWritesAsync(TestStores.Neo4j(Path.Combine(_directory.Path, "live")));

        // Read committed: later pages may see later writes, but never more than were acknowledged by the end.
        Assert.InRange(dump.Written, 0, dump.AcknowledgedAtEnd);
        await TestStores.EmptyNeo4jAsync();
    }

    public void Dispose() => _directory.Dispose();

    private async Task<DumpUnderWrites> DumpDuringWritesAsync(StoreSettings settings)
    {
        await using (var seeding = await TestStores.OpenAsync(settings))
        {
            await SeedData.LoadAsync(seeding);
        }

        await using var writerStore = await TestStores.OpenAsync(settings);
        var unit = (await writerStore.FindNodesAsync(new NodeQuery("Unit") { Take = 1 })).Nodes.Single().Id;
        var acknowledged = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await writerStore.ApplyAsync(LinkedWrite(unit, i));
                Interlocked.Increment(ref acknowledged);
            }
        });
        await WaitForAsync(() => Volatile.Read(ref acknowledged) >= 3, writer);

        var path = Path.Combine(_directory.Path, "during.json");
        var atStart = Volatile.Read(ref acknowledged);
        DumpStats stats;
        await using (var store = await TestStores.OpenAsync(settings))
        await using (var output = File.Create(path))
        {
            // Small pages: many statements, so the writer commits between them.
            stats = await GraphDump.WriteAsync(store, RecruitmentModel.Instance, output, pageSize: 5, CancellationToken.None);
        }

        var atEnd = Volatile.Read(ref acknowledged);
        var lastWrite = atEnd + 2;
        await WaitForAsync(() => Volatile.Read(ref acknowledged) >= lastWrite, writer);
        await stop.CancelAsync();
        await writer;

        ChangeSet document;
        await using (var file = File.OpenRead(path))
        {
            document = GraphDocument.Read(file);
        }

        var ids = document.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(document.Edges, e =>
            Assert.True(ids.Contains(e.FromId) && ids.Contains(e.ToId), $"{e.Type} {e.FromId}->{e.ToId} dangles"));
        Assert.All(document.Edges, e => Assert.All(
            e.Properties.GetValueOrDefault(CommonProperties.SourceIds) as IEnumerable<string> ?? [],
            s => Assert.True(ids.Contains(s), $"{e.Type} {e.FromId}->{e.ToId} names the missing source {s}")));
        var written = document.Nodes.Count(n => n.Id.StartsWith(LocationPrefix, StringComparison.Ordinal));
        // Ids grow with i: the Locations dumped are the first ones written, each with its edge and its source.
        Assert.Equal(
            Enumerable.Range(0, written).Select(LocationId),
            document.Nodes.Where(n => n.Id.StartsWith(LocationPrefix, StringComparison.Ordinal)).Select(n => n.Id)
                .Order(StringComparer.Ordinal));
        Assert.Equal(
            Enumerable.Range(0, written).Select(LocationId),
            document.Edges.Where(e => e.Type == "DEPLOYED_TO" && e.ToId.StartsWith(LocationPrefix, StringComparison.Ordinal))
                .Select(e => e.ToId).Order(StringComparer.Ordinal));
        Assert.True(atEnd > atStart, $"the writer committed nothing during the dump ({atStart} acknowledged at both ends)");

        var imported = await ImportAsync(TestStores.Embedded(Path.Combine(_directory.Path, "imported")), path);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Check.Problems));
        await using var back = await TestStores.OpenAsync(TestStores.Embedded(Path.Combine(_directory.Path, "imported")));
        Assert.Equal(stats.Nodes, await back.CountNodesAsync());
        return new DumpUnderWrites(stats, written, atStart, atEnd);
    }

    private const string LocationPrefix = "location:synthetic-dump-";

    private static string LocationId(int i) => $"{LocationPrefix}{i:D6}";

    /// <summary>One transaction: a synthetic Source, a Location citing it, and a seed Unit deployed to it on that Source.</summary>
    private static ChangeSet LinkedWrite(string unit, int i)
    {
        var source = $"source:synthetic-dump-{i:D6}";
        var location = LocationId(i);
        return new ChangeSet(
            [
                new GraphNode(source, "Source", new Dictionary<string, object?>
                {
                    ["publisher"] = "synthetic", ["title"] = $"synthetic dump test source {i}", ["kind"] = "research",
                    [CommonProperties.Synthetic] = true,
                }),
                new GraphNode(location, "Location", new Dictionary<string, object?>
                {
                    ["name"] = $"synthetic dump test place {i}", [CommonProperties.Synthetic] = true,
                }),
            ],
            [
                new GraphEdge("CITES", location, source, new Dictionary<string, object?>()),
                new GraphEdge("DEPLOYED_TO", unit, location, new Dictionary<string, object?>
                {
                    [CommonProperties.SourceIds] = new[] { source }, [CommonProperties.Quotes] = new[] { "synthetic" },
                }),
            ]);
    }

    private static async Task WaitForAsync(Func<bool> condition, Task writer)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!condition())
        {
            if (writer.IsCompleted)
            {
                await writer;
            }

            Assert.True(DateTime.UtcNow < deadline, "the writer made no progress for a minute");
            await Task.Delay(10);
        }
    }

    private static async Task<ImportResult> ImportAsync(StoreSettings settings, string path)
    {
        await using var store = await TestStores.OpenAsync(settings);
        var checkpoint = CheckpointFile.For(settings.DataDirectory, "import", ImportJob.Describe([path], settings.ToString()));
        return await ImportJob.RunAsync(
            store, RecruitmentModel.Instance, [path], 100, checkpoint, new RecordingProgress(), CancellationToken.None);
    }

    private sealed record DumpUnderWrites(DumpStats Stats, int Written, int AcknowledgedAtStart, int AcknowledgedAtEnd);
}
