namespace GraphServer.Bolt;

/// <summary>The final SUCCESS of a result: counters, timings, query type, database and server.</summary>
public sealed class ResultSummary
{
    internal ResultSummary(string query, IReadOnlyDictionary<string, object?> runMetadata, IReadOnlyDictionary<string, object?> metadata,
        string server, string address)
    {
        Query = query;
        Metadata = metadata;
        Counters = new SummaryCounters(metadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?>
            ?? new Dictionary<string, object?>());
        QueryType = metadata.GetValueOrDefault("type") as string ?? string.Empty;
        Database = metadata.GetValueOrDefault("db") as string;
        Bookmark = metadata.GetValueOrDefault("bookmark") as string;
        ResultAvailableAfter = Millis(runMetadata.GetValueOrDefault("t_first"));
        ResultConsumedAfter = Millis(metadata.GetValueOrDefault("t_last"));
        Server = server;
        Address = address;
    }

    public string Query { get; }

    public SummaryCounters Counters { get; }

    /// <summary>"r", "w", "rw" or "s" (schema).</summary>
    public string QueryType { get; }

    public string? Database { get; }

    /// <summary>Set for auto-commit queries; transactions report theirs on commit.</summary>
    public string? Bookmark { get; }

    public TimeSpan? ResultAvailableAfter { get; }

    public TimeSpan? ResultConsumedAfter { get; }

    /// <summary>The server agent, e.g. "Neo4j/5.26.0".</summary>
    public string Server { get; }

    public string Address { get; }

    /// <summary>Everything the server sent, including notifications, plan and profile.</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; }

    private static TimeSpan? Millis(object? value) => value is long ms ? TimeSpan.FromMilliseconds(ms) : null;
}
