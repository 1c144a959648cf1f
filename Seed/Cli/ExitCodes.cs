namespace GraphServer.Seed.Cli;

/// <summary>What the CLI's exit code tells a script.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The data was rejected (bad rows, unreadable file); nothing was written.</summary>
    public const int InvalidData = 1;

    /// <summary>The store could not be opened (settings, credentials, unreachable Neo4j).</summary>
    public const int StoreUnavailable = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT); committed batches stay, and the same command resumes.</summary>
    public const int Interrupted = 130;
}
