namespace GraphServer.Bolt;

/// <summary>Per-transaction (or per auto-commit query) settings sent in BEGIN or RUN.</summary>
public sealed record TransactionConfig
{
    /// <summary>Server-side timeout; the server terminates the transaction when it runs longer.</summary>
    public TimeSpan? Timeout { get; init; }

    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }
}
