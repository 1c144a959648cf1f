namespace GraphServer.Store.Access;

/// <summary>API keys for scripts: each scoped to one role, stored hashed, revocable. Same contract on both stores.</summary>
public interface IApiKeyRegistry
{
    Task<CreatedApiKey> CreateAsync(string name, AccessRole role, CancellationToken cancellationToken = default);

    /// <summary>The active key whose hash matches, or null (unknown or revoked).</summary>
    Task<ApiKey?> FindActiveAsync(string secret, CancellationToken cancellationToken = default);

    /// <summary>Whether a key with that id was active and now is not.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default);
}
