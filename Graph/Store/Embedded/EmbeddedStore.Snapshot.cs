namespace GraphServer.Store.Embedded;

/// <summary>
/// Snapshots for whole-graph readers: one deferred read transaction, started at once, so every later call of the
/// reader sees the graph as of that instant (WAL keeps the old pages for it) while writers go on committing.
/// </summary>
public sealed partial class EmbeddedStore : ISnapshotReads
{
    /// <remarks>SQLite has no transaction timeout; <paramref name="timeout"/> is not needed here.</remarks>
    public async Task<IGraphSnapshot> OpenSnapshotAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        RefuseInSnapshot();
        var session = ReadSession.Begin(await _readers.TakeAsync(cancellationToken), _readers);
        try
        {
            // A deferred transaction takes its snapshot at the first read of the database: read now, not at the first page.
            await using var command = session.Command("SELECT count(*) FROM sqlite_master");
            await command.ExecuteTracedScalarAsync(cancellationToken);
            return new EmbeddedSnapshot(session, new EmbeddedStore(this, session));
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private void RefuseInSnapshot()
    {
        if (_snapshot is not null)
        {
            throw new InvalidOperationException("A snapshot reads only: write through the store itself.");
        }
    }
}
