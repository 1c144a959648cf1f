namespace GraphServer.Bolt;

/// <summary>Settings of one session.</summary>
public sealed record SessionConfig
{
    /// <summary>Target database; null uses the user's home database.</summary>
    public string? Database { get; init; }

    /// <summary>Mode of auto-commit queries and of <see cref="IAsyncSession.BeginTransactionAsync"/>.</summary>
    public AccessMode DefaultAccessMode { get; init; } = AccessMode.Write;

    /// <summary>Bookmarks this session's first transaction waits for (causal consistency).</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    /// <summary>Records per PULL; null uses <see cref="BoltDriverOptions.FetchSize"/>.</summary>
    public long? FetchSize { get; init; }
}
