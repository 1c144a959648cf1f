using GraphServer.Bolt;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Snapshots for whole-graph readers: one explicit read transaction on one session, every page statement run in it and
/// its records pulled in fetch-size batches as they are read. Neo4j's isolation is read committed, so this is one
/// transaction, not one instant: a statement sees what others committed before it ran (<see cref="IGraphSnapshot.IsPointInTime"/>).
/// </summary>
public sealed partial class Neo4jStore : ISnapshotReads
{
    /// <remarks>
    /// <paramref name="timeout"/> goes to Neo4j as the transaction's own timeout (honoured above db.transaction.timeout
    /// from Neo4j 5.3 on), so a dump of a large graph is not cut at the server's default.
    /// </remarks>
    public async Task<IGraphSnapshot> OpenSnapshotAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        RefuseInSnapshot();
        var session = _driver.AsyncSession(new SessionConfig { DefaultAccessMode = AccessMode.Read });
        try
        {
            var transaction = await session.BeginTransactionAsync(new TransactionConfig { Timeout = timeout }, cancellationToken)
                .ConfigureAwait(false);
            return new Neo4jSnapshot(session, transaction, new Neo4jStore(this, transaction));
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<QueryResult> ReadInSnapshotAsync(
        IAsyncTransaction transaction, string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var cursor = await transaction.RunAsync(cypher, parameters, cancellationToken).ConfigureAwait(false);
        var records = new List<BoltRecord>();
        await foreach (var record in cursor.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
        return new QueryResult(cursor.Keys, records, summary);
    }

    private void RefuseInSnapshot()
    {
        if (_snapshot is not null)
        {
            throw new InvalidOperationException("A snapshot reads only: write through the store itself.");
        }
    }
}
