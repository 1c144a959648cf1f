using System.Security.Cryptography.X509Certificates;

namespace GraphServer.Bolt.Protocol;

/// <summary>What every new connection needs: credentials, TLS, timeouts and the HELLO contents.</summary>
internal sealed record ConnectionSettings(
    BoltAuth Auth,
    TlsMode Tls,
    X509Certificate2Collection? TrustedCertificates,
    TimeSpan ConnectionTimeout,
    string UserAgent,
    IReadOnlyDictionary<string, string>? RoutingContext);
