using System.CommandLine;
using GraphServer.Model;
using GraphServer.Seed.Batching;
using GraphServer.Seed.Import;
using GraphServer.Seed.Progress;

namespace GraphServer.Seed.Cli;

/// <summary>
/// <c>import FILE...</c>: investigators' JSON or CSV. Every file is checked first; any bad record is reported as
/// <c>file:line: field: reason</c> and nothing is written. Otherwise it is applied in resumable batches.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var files = new Argument<string[]>("files") { Description = "JSON (GraphDocument) or CSV files; see Seed/README.md.", Arity = ArgumentArity.OneOrMore };
        var batchSize = new Option<int>("--batch-size") { Description = "Records per check and per transaction.", DefaultValueFactory = _ => 5_000 };
        var restart = new Option<bool>("--restart") { Description = "Ignore the checkpoint of an earlier run and start over." };
        var command = new Command("import", "Validate investigators' files and, if every record is valid, write them to the store.")
        {
            files, batchSize, restart,
        };
        storeOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) ?? [];
            if (Unreadable(paths) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            var settings = storeOptions.Read(parse, environment);
            var checkpoint = CheckpointFile.For(settings.DataDirectory, "import", ImportJob.Describe(paths, StoreOptions.Identify(settings)));
            if (parse.GetValue(restart))
            {
                checkpoint.Delete();
            }

            return await StoreSession.RunAsync(settings, async store =>
            {
                var audit = await ImportAudit.AttemptAsync(store, environment, paths, cancellationToken).ConfigureAwait(false);
                ImportResult result;
                try
                {
                    result = await ProgressDisplay.RunAsync(progress => ImportJob.RunAsync(
                        store, RecruitmentModel.Instance, paths, Math.Max(1, parse.GetValue(batchSize)), checkpoint, progress, cancellationToken))
                        .ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    // Batches before the failure may be written (the checkpoint resumes them): the outcome says it failed.
                    await audit.FailedAsync(e, CancellationToken.None).ConfigureAwait(false);
                    throw;
                }

                await audit.OutcomeAsync(result, cancellationToken).ConfigureAwait(false);
                return await ReportAsync(result, settings.ToString()).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static string? Unreadable(string[] paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                return $"{path}: no such file; nothing was written.";
            }

            if (Path.GetExtension(path).ToLowerInvariant() is not (".json" or ".csv"))
            {
                return $"{path}: cannot import this file type; use .json or .csv. Nothing was written.";
            }
        }

        return null;
    }

    private static async Task<int> ReportAsync(ImportResult result, string store)
    {
        if (result.Applied is not { } stats)
        {
            foreach (var problem in result.Check.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            var hidden = result.Check.ProblemCount - result.Check.Problems.Count;
            await Console.Error.WriteLineAsync(
                $"{result.Check.ProblemCount} problem(s){(hidden > 0 ? $" ({hidden} not shown)" : string.Empty)}; nothing was written.").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }

        Console.WriteLine(stats.WasAlreadyComplete
            ? "Already imported (checkpoint found); nothing written. Use --restart to write it again."
            : $"Checked {result.Check.Nodes} nodes and {result.Check.Edges} relationships. " + GenerateCommand.Summary(stats, store));
        return ExitCodes.Success;
    }
}
