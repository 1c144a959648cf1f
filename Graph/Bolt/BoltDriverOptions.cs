using System.Security.Cryptography.X509Certificates;

namespace GraphServer.Bolt;

/// <summary>Driver-wide settings. Defaults protect a shared server: bounded pool, bounded waits, bounded retries.</summary>
public sealed record BoltDriverOptions
{
    /// <summary>Connections per server, idle plus in use.</summary>
    public int MaxPoolSize { get; init; } = 100;

    /// <summary>Time to open a socket, do TLS, the handshake and authentication.</summary>
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for a free pooled connection before failing.</summary>
    public TimeSpan AcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Connections older than this are closed instead of reused (servers and proxies drop old sockets).</summary>
    public TimeSpan MaxConnectionLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Idle connections unused for longer than this are checked with RESET before reuse; null never checks.</summary>
    public TimeSpan? ConnectionLivenessCheckTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Total time a managed transaction may spend retrying transient errors.</summary>
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First retry delay; doubles each retry, with ±20% jitter.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Records requested per PULL when streaming; -1 pulls all at once.</summary>
    public long FetchSize { get; init; } = 1000;

    /// <summary>Certificates trusted for bolt+s:// and neo4j+s:// in addition to (not instead of) the system store.</summary>
    public X509Certificate2Collection? TrustedCertificates { get; init; }

    public string UserAgent { get; init; } = "GraphServer.Bolt/1.0";

    /// <summary>Clock for the pool and retries; tests substitute a fake.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
