using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Store.Configuration;
using GraphServer.Store.Validation;

namespace GraphServer.Seed.Cli;

/// <summary>Opens the store for one command and turns the ways a command can fail into a message and an exit code.</summary>
internal static class StoreSession
{
    public static async Task<int> RunAsync(StoreSettings settings, Func<IGraphStore, Task<int>> work, CancellationToken cancellationToken)
    {
        // System.CommandLine ends the process 2 s after Ctrl+C if the batch in flight has not stopped by then, so say it now.
        await using var interrupted = cancellationToken.Register(() =>
            Console.Error.WriteLine("Interrupted. Committed batches are kept; run the same command again to resume."));
        try
        {
            await using var store = await StoreFactory.OpenAsync(settings, RecruitmentModel.Instance, cancellationToken).ConfigureAwait(false);
            return await work(store).ConfigureAwait(false);
        }
        catch (StoreConfigurationException e)
        {
            await Console.Error.WriteLineAsync($"Cannot open the store: {e.Message}").ConfigureAwait(false);
            return ExitCodes.StoreUnavailable;
        }
        catch (ChangeSetValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.InvalidData;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
    }
}
