namespace GraphServer.Seed.Access;

/// <summary>What a local token says; defaults match the server's (GraphServer:Auth).</summary>
internal sealed record LocalTokenRequest(string SigningKey, string Role, string Subject, TimeSpan Lifetime)
{
    public string Issuer { get; init; } = "graphserver-local";

    public string Audience { get; init; } = "graphserver";

    public string RoleClaim { get; init; } = "role";

    public DateTimeOffset? Now { get; init; }

    public DateTimeOffset? NotBefore { get; init; }
}
