using Microsoft.IdentityModel.Tokens;

namespace GraphServer.Api.Access;

/// <summary>
/// The keys tokens must be signed with: the local HMAC key, the keys of a JWKS file, or both. Loaded once and checked
/// at start (<see cref="AccessStartup"/>), so a bad key or a missing file stops the server instead of every request.
/// </summary>
internal sealed class SigningKeyRing(AuthOptions options)
{
    /// <summary>HS256 needs a key as long as its hash (RFC 7518 §3.2).</summary>
    public const int MinimumSymmetricKeyBytes = 32;

    private readonly Lazy<IReadOnlyList<SecurityKey>> _keys = new(() => Load(options));

    public IReadOnlyList<SecurityKey> Keys => _keys.Value;

    public static SymmetricSecurityKey Symmetric(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException e)
        {
            throw new AccessConfigurationException(
                "GraphServer:Auth:SigningKey is not base64; make one with `openssl rand -base64 48`.", e);
        }

        return bytes.Length >= MinimumSymmetricKeyBytes
            ? new SymmetricSecurityKey(bytes) { KeyId = "local" }
            : throw new AccessConfigurationException(
                $"GraphServer:Auth:SigningKey has {bytes.Length} bytes; use at least {MinimumSymmetricKeyBytes} "
                + "(`openssl rand -base64 48`).");
    }

    private static IReadOnlyList<SecurityKey> Load(AuthOptions options)
    {
        var keys = new List<SecurityKey>();
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            keys.Add(Symmetric(options.SigningKey));
        }

        if (!string.IsNullOrWhiteSpace(options.JwksPath))
        {
            keys.AddRange(FromJwks(options.JwksPath));
        }

        return keys;
    }

    private static IList<SecurityKey> FromJwks(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AccessConfigurationException(
                $"GraphServer:Auth:JwksPath='{path}' cannot be read ({e.Message}); save your identity provider's JWKS there.", e);
        }

        try
        {
            var keys = new JsonWebKeySet(json).GetSigningKeys();
            return keys.Count > 0
                ? keys
                : throw new AccessConfigurationException($"GraphServer:Auth:JwksPath='{path}' holds no signing key.");
        }
        catch (ArgumentException e)
        {
            throw new AccessConfigurationException($"GraphServer:Auth:JwksPath='{path}' is not a JWKS document ({e.Message}).", e);
        }
    }
}
