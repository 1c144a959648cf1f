using System.CommandLine;
using GraphServer.Seed.Loading;

namespace GraphServer.Seed.Cli;

/// <summary><c>load</c>: the cited seed, as one change set (all or nothing; upserts, so loading twice changes nothing).</summary>
internal static class LoadCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var command = new Command("load", "Load the cited seed into the store.");
        storeOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = storeOptions.Read(parse, environment);
            return StoreSession.RunAsync(settings, async store =>
            {
                var count = await SeedData.LoadAsync(store, cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"Loaded the seed ({count} nodes) into {settings}.");
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }
}
