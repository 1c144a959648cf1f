using System.CommandLine;
using GraphServer.Store.Configuration;

namespace GraphServer.Seed.Cli;

/// <summary>
/// <c>backup FILE</c> and <c>restore FILE</c> for the embedded store. Backup is safe while the server runs; restore
/// replaces the whole database, so stop the server first. Neo4j has its own: <c>neo4j-admin database dump/load</c>.
/// </summary>
internal static class BackupCommand
{
    public static Command CreateBackup(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var file = new Argument<string>("file") { Description = "Where to write the backup (an SQLite database file)." };
        var command = new Command("backup", "Copy the embedded store to FILE, consistently, even while the server is running.") { file };
        storeOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (EmbeddedOnly(storeOptions.Read(parse, environment)) is not { } settings)
            {
                return ExitCodes.InvalidData;
            }

            var database = EmbeddedBackup.DatabasePath(settings.DataDirectory);
            if (!File.Exists(database))
            {
                await Console.Error.WriteLineAsync($"There is no embedded store at {database} to back up.").ConfigureAwait(false);
                return ExitCodes.StoreUnavailable;
            }

            var target = Path.GetFullPath(parse.GetValue(file)!);
            if (File.Exists(target))
            {
                await Console.Error.WriteLineAsync($"{target} exists already; choose a new file name.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            await EmbeddedBackup.CopyAsync(database, target, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Backed up {database} to {target}.");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateRestore(Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var file = new Argument<string>("file") { Description = "A backup written by the backup command." };
        var command = new Command("restore", "Replace the embedded store with the backup in FILE (stop the server first).") { file };
        storeOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (EmbeddedOnly(storeOptions.Read(parse, environment)) is not { } settings)
            {
                return ExitCodes.InvalidData;
            }

            var source = Path.GetFullPath(parse.GetValue(file)!);
            if (await EmbeddedBackup.CheckAsync(source, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                await Console.Error.WriteLineAsync($"Cannot restore from {source}: {problem}. The store is unchanged.").ConfigureAwait(false);
                return ExitCodes.InvalidData;
            }

            var database = EmbeddedBackup.DatabasePath(settings.DataDirectory);
            await EmbeddedBackup.CopyAsync(source, database, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Restored {database} from {source}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static StoreSettings? EmbeddedOnly(StoreSettings settings)
    {
        if (settings.Store == StoreSettings.Embedded)
        {
            return settings;
        }

        Console.Error.WriteLine(
            "backup and restore are for the embedded store; for Neo4j use neo4j-admin database dump / load (see the README).");
        return null;
    }
}
