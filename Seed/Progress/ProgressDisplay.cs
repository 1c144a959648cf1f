using Spectre.Console;

namespace GraphServer.Seed.Progress;

/// <summary>Runs work with a progress bar when stdout is a terminal, and with plain periodic lines otherwise.</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(Func<IProgressSink, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await work(new PlainProgress(Console.Out, TimeProvider.System, TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        }

        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context => await work(new SpectreProgress(context.AddTask("starting"))).ConfigureAwait(false))
            .ConfigureAwait(false);
    }
}
