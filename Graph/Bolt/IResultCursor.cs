namespace GraphServer.Bolt;

/// <summary>
/// A streaming result. Records are pulled in batches of the fetch size only as they are enumerated (backpressure);
/// enumerate once. <see cref="ConsumeAsync"/> discards what is left and returns the summary.
/// </summary>
public interface IResultCursor : IAsyncEnumerable<BoltRecord>
{
    IReadOnlyList<string> Keys { get; }

    Task<IReadOnlyList<BoltRecord>> ToListAsync(CancellationToken cancellationToken = default);

    /// <summary>Exactly one record, else an error.</summary>
    Task<BoltRecord> SingleAsync(CancellationToken cancellationToken = default);

    Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);
}
