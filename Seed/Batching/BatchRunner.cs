using System.Diagnostics;
using GraphServer.Seed.Progress;
using GraphServer.Store;

namespace GraphServer.Seed.Batching;

/// <summary>
/// Applies a lazy sequence of batches, each its own all-or-nothing <see cref="IGraphStore.ApplyAsync"/>, and moves the
/// checkpoint forward after every commit. Cancelling stops before the next batch (or rolls back the current one).
/// </summary>
internal sealed class BatchRunner(IGraphStore store, CheckpointFile checkpoint, IProgressSink progress)
{
    public async Task<BatchRunStats> RunAsync(IEnumerable<PositionedBatch> batches, long resumedFrom, long total, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var applying = new Stopwatch();
        int count = 0;
        long nodes = 0, edges = 0;
        progress.Report(resumedFrom > 0 ? "resuming" : "starting", resumedFrom, total);
        foreach (var batch in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            applying.Start();
            await store.ApplyAsync(batch.Changes, cancellationToken).ConfigureAwait(false);
            applying.Stop();
            checkpoint.Save(batch.End, total);
            count++;
            nodes += batch.Changes.Nodes.Count;
            edges += batch.Changes.Edges.Count;
            progress.Report(batch.Stage, batch.End, total);
        }

        return new BatchRunStats(resumedFrom, total, count, nodes, edges, clock.Elapsed, applying.Elapsed);
    }
}
