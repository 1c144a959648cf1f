namespace GraphServer.Store.Access;

/// <summary>An API key as stored: never the key itself, only its SHA-256 (<see cref="ApiKeySecret"/>).</summary>
public sealed record ApiKey(string Id, string Name, AccessRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}
