using System.CommandLine;
using GraphServer.Store.Configuration;

namespace GraphServer.Seed.Cli;

/// <summary>
/// The store the CLI writes to: the server's environment variables (GRAPH_STORE, GRAPH_DATA_DIR, NEO4J_*), with
/// <c>--store</c> and <c>--data-dir</c> overriding them. The data directory also holds the resume checkpoints.
/// </summary>
internal sealed class StoreOptions
{
    public Option<string?> Store { get; } = new("--store") { Description = "embedded or neo4j (default: GRAPH_STORE, else embedded)." };

    public Option<string?> DataDirectory { get; } = new("--data-dir")
    {
        Description = "Folder of the embedded store and of resume checkpoints (default: GRAPH_DATA_DIR, else ./data).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(DataDirectory);
    }

    public StoreSettings Read(ParseResult parse, Func<string, string?> environment)
    {
        var settings = StoreSettings.From(environment);
        if (parse.GetValue(Store) is { Length: > 0 } store)
        {
            settings = settings with { Store = store.Trim().ToLowerInvariant() };
        }

        if (parse.GetValue(DataDirectory) is { Length: > 0 } directory)
        {
            settings = settings with { DataDirectory = directory };
        }

        return settings;
    }

    /// <summary>Names the target for checkpoints: the same job into another store is another job.</summary>
    public static string Identify(StoreSettings settings) =>
        settings.Store == StoreSettings.Neo4j ? $"neo4j {settings.Neo4jUri}" : $"embedded {Path.GetFullPath(settings.DataDirectory)}";
}
