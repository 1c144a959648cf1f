using System.CommandLine;

namespace GraphServer.Seed.Cli;

/// <summary>The command tree; the environment lookup is a parameter so tests can run the CLI in-process with their own settings.</summary>
internal static class SeedCli
{
    public static RootCommand Create(Func<string, string?> environment) =>
        new("GraphServer seed tools: load the cited seed, generate a synthetic graph, import investigators' files.")
        {
            LoadCommand.Create(environment),
            GenerateCommand.Create(environment),
            ImportCommand.Create(environment),
            BackupCommand.CreateBackup(environment),
            BackupCommand.CreateRestore(environment),
            DumpCommand.Create(environment),
            TokenCommand.Create(environment),
            ApiKeyCommand.Create(environment),
            AuditCommand.Create(environment),
        };
}
