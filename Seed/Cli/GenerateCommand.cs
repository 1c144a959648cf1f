using System.CommandLine;
using GraphServer.Seed.Batching;
using GraphServer.Seed.Generation;
using GraphServer.Seed.Progress;

namespace GraphServer.Seed.Cli;

/// <summary><c>generate --nodes N --seed S</c>: the seed plus a deterministic synthetic graph, in resumable batches.</summary>
internal static class GenerateCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var nodes = new Option<long>("--nodes") { Description = "Generated nodes (the seed comes on top).", Required = true };
        var seed = new Option<long>("--seed") { Description = "Same seed, same graph.", DefaultValueFactory = _ => 1 };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Records per transaction.",
            DefaultValueFactory = _ => GenerateJob.DefaultBatchSize,
        };
        var restart = new Option<bool>("--restart") { Description = "Ignore the checkpoint of an earlier run and start over." };
        var command = new Command("generate", "Write a deterministic synthetic recruitment graph (all records synthetic: true) into the store.")
        {
            nodes, seed, batchSize, restart,
        };
        storeOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = storeOptions.Read(parse, environment);
            var (count, randomSeed) = (parse.GetValue(nodes), parse.GetValue(seed));
            if (count < GenerationPlan.MinimumNodes || parse.GetValue(batchSize) < 1)
            {
                await Console.Error.WriteLineAsync($"--nodes must be at least {GenerationPlan.MinimumNodes} and --batch-size at least 1.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            var checkpoint = CheckpointFile.For(settings.DataDirectory, "generate",
                GenerateJob.Describe(count, randomSeed, StoreOptions.Identify(settings)));
            if (parse.GetValue(restart))
            {
                checkpoint.Delete();
            }

            return await StoreSession.RunAsync(settings, async store =>
            {
                var stats = await ProgressDisplay.RunAsync(progress =>
                    GenerateJob.RunAsync(store, count, randomSeed, parse.GetValue(batchSize), checkpoint, progress, cancellationToken)).ConfigureAwait(false);
                Console.WriteLine(stats.WasAlreadyComplete
                    ? $"Already complete (checkpoint {checkpoint.Path}); nothing written. Use --restart to write it again."
                    : Summary(stats, settings.ToString()));
                return ExitCodes.Success;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    public static string Summary(BatchRunStats stats, string store) =>
        FormattableString.Invariant($"Wrote {stats.Nodes:N0} nodes and {stats.Edges:N0} relationships in {stats.Batches:N0} batches into {store}") +
        (stats.ResumedFrom > 0 ? FormattableString.Invariant($", resuming at item {stats.ResumedFrom:N0} of {stats.Total:N0}") : string.Empty) +
        FormattableString.Invariant($", in {stats.Elapsed.TotalSeconds:F1} s ({stats.ApplyTime.TotalSeconds:F1} s inside the store).");
}
