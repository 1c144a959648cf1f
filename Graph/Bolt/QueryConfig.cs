namespace GraphServer.Bolt;

/// <summary>Settings for <see cref="BoltDriver.ExecuteQueryAsync"/>.</summary>
public sealed record QueryConfig
{
    public AccessMode AccessMode { get; init; } = AccessMode.Write;

    /// <summary>Target database; null uses the user's home database.</summary>
    public string? Database { get; init; }

    /// <summary>Server-side transaction timeout.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Attached to the transaction; shows in <c>SHOW TRANSACTIONS</c> and query.log.</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }
}
