using System.Diagnostics;
using GraphServer.Model;
using GraphServer.Seed.Generation;
using GraphServer.Store;
using GraphServer.Store.Validation;

namespace GraphServer.Benchmarks.Seed;

/// <summary>
/// Answers "are the validator's look-ups of stored endpoints a bottleneck?" on a store that already holds a generated
/// graph: for batches of one phase it times (1) the look-up of endpoints outside the batch, done as the stores do it,
/// in one set-based query; (2) the whole validation; (3) a whole ApplyAsync of the same batch (an idempotent re-upsert).
/// </summary>
internal static class EndpointLookupBenchmark
{
    public static async Task RunAsync(IGraphStore store, long nodes, long seed, string label, int batchSize, int batches)
    {
        var graph = new SyntheticGraph(nodes, seed);
        var phaseStart = 1 + graph.Plan.Phases.TakeWhile(p => p.Label != label).Sum(p => p.Count);
        var validator = new ChangeSetValidator(RecruitmentModel.Instance);
        var (lookup, validate, apply) = (new Stopwatch(), new Stopwatch(), new Stopwatch());
        long lookedUp = 0;
        var sample = graph.Batches(phaseStart, batchSize).Where(b => b.Stage == label).Take(batches).ToList();
        foreach (var batch in sample)
        {
            validate.Start();
            await validator.ValidateAsync(batch.Changes, async ids =>
            {
                lookup.Start();
                var found = await store.GetNodesAsync(ids);
                lookup.Stop();
                lookedUp += ids.Count;
                return found.ToDictionary(n => n.Id, n => n.Label);
            });
            validate.Stop();
            apply.Start();
            await store.ApplyAsync(batch.Changes);
            apply.Stop();
        }

        var edges = sample.Sum(b => b.Changes.Edges.Count);
        Console.WriteLine($"{store.Name}: {sample.Count} {label} batches of {batchSize} ({edges} relationships, {lookedUp} stored endpoints looked up)");
        Console.WriteLine($"  endpoint look-up {Per(lookup, sample.Count)}, whole validation {Per(validate, sample.Count)}, ApplyAsync {Per(apply, sample.Count)}");
        Console.WriteLine($"  look-up share of ApplyAsync: {lookup.Elapsed / apply.Elapsed:P1}");
    }

    private static string Per(Stopwatch watch, int count) => $"{watch.Elapsed.TotalMilliseconds / count:F1} ms/batch";
}
