namespace GraphServer.Bolt.Session;

/// <summary>
/// The driver's latest bookmark per database, so that each <see cref="BoltDriver.ExecuteQueryAsync"/> call reads the
/// writes of the calls before it, even when a cluster serves them from different members.
/// </summary>
internal sealed class BookmarkHolder
{
    private readonly Dictionary<string, string[]> _latest = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyCollection<string> Get(string? database)
    {
        lock (_lock)
        {
            return _latest.TryGetValue(database ?? string.Empty, out var bookmarks) ? bookmarks : [];
        }
    }

    public void Set(string? database, string? bookmark)
    {
        if (bookmark is null)
        {
            return;
        }

        lock (_lock)
        {
            _latest[database ?? string.Empty] = [bookmark];
        }
    }
}
