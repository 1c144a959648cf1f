namespace GraphServer.Bolt.Protocol;

/// <summary>The "extra" map of BEGIN, and of RUN for auto-commit queries.</summary>
internal sealed record TxOptions(
    string? Database,
    IReadOnlyCollection<string> Bookmarks,
    TimeSpan? Timeout,
    IReadOnlyDictionary<string, object?>? Metadata,
    AccessMode Mode)
{
    public static TxOptions Empty { get; } = new(null, [], null, null, AccessMode.Write);
}
