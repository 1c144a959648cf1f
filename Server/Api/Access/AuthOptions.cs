namespace GraphServer.Api.Access;

/// <summary>
/// Section <c>GraphServer:Auth</c> (environment: <c>GraphServer__Auth__SigningKey=…</c>). Auth is on when a signing
/// key or a JWKS file is configured; without either the server runs open, and only on loopback addresses.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "GraphServer:Auth";

    /// <summary>The <c>iss</c> every token must carry.</summary>
    public string Issuer { get; set; } = "graphserver-local";

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string Audience { get; set; } = "graphserver";

    /// <summary>A base64 HMAC key of at least 32 bytes, for local use: the <c>token</c> CLI command signs with it.</summary>
    public string? SigningKey { get; set; }

    /// <summary>A JWKS file with the identity provider's public keys, for production (read at start; no network needed).</summary>
    public string? JwksPath { get; set; }

    /// <summary>The claim that names the caller's role (<c>roles</c> for Entra ID, <c>role</c> for Keycloak mappers).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>Tolerance for clocks that disagree, on <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests per caller per <see cref="RateWindow"/>; a caller over it gets 429 with Retry-After.</summary>
    public int RatePermits { get; set; } = 1_000;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Counts below this come back suppressed for viewers (small-count suppression).</summary>
    public int SmallCountThreshold { get; set; } = 5;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningKey) || !string.IsNullOrWhiteSpace(JwksPath);
}
