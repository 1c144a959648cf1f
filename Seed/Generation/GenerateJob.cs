using GraphServer.Seed.Batching;
using GraphServer.Seed.Progress;
using GraphServer.Store;

namespace GraphServer.Seed.Generation;

/// <summary>Writes a generated graph into a store, resuming from the checkpoint a previous run of the same job left.</summary>
internal static class GenerateJob
{
    public const int DefaultBatchSize = 5_000;

    /// <summary>The checkpoint's job description: the same graph into the same store is the same job.</summary>
    public static string Describe(long nodes, long seed, string store) => $"generate --nodes {nodes} --seed {seed} into {store}";

    public static async Task<BatchRunStats> RunAsync(
        IGraphStore store, long nodes, long seed, int batchSize, CheckpointFile checkpoint, IProgressSink progress, CancellationToken cancellationToken)
    {
        var graph = new SyntheticGraph(nodes, seed);
        var from = Math.Min(checkpoint.Load(), graph.TotalItems);
        return await new BatchRunner(store, checkpoint, progress)
            .RunAsync(graph.Batches(from, batchSize), from, graph.TotalItems, cancellationToken)
            .ConfigureAwait(false);
    }
}
