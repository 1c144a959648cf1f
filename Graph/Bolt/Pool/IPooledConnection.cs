namespace GraphServer.Bolt.Pool;

/// <summary>What the pool needs from a connection; tests supply fakes, so the pool runs without sockets.</summary>
internal interface IPooledConnection : IAsyncDisposable
{
    bool IsDefunct { get; }

    /// <summary>True when the connection is mid-stream, in a transaction, failed, or has unread responses.</summary>
    bool NeedsReset { get; }

    /// <summary>The server's announced idle limit (connection.recv_timeout_seconds), if any: idle longer and it is gone.</summary>
    TimeSpan? ServerIdleTimeout { get; }

    /// <summary>RESET round trip: clears leftover state, and proves an idle connection is still alive.</summary>
    ValueTask ResetAsync(CancellationToken cancellationToken);
}
