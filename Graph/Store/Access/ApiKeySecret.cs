using System.Security.Cryptography;
using System.Text;

namespace GraphServer.Store.Access;

/// <summary>
/// Keys are <c>gsk_&lt;id&gt;_&lt;32 random bytes, base64url&gt;</c>: the id says which key it is in logs and lists, the
/// random part is the secret. At rest only SHA-256 of the whole key is kept; 256 random bits need no slow hash.
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "gsk_";

    public static (string Id, string Secret) Create()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (id, $"{Prefix}{id}_{secret}");
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));
}
