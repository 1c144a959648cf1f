using System.Security.Claims;
using GraphServer.Store.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphServer.Seed.Access;

/// <summary>
/// Signs tokens with the local HMAC key (GraphServer__Auth__SigningKey), the way the server checks them: issuer,
/// audience, subject, one role in the configured role claim, issued-at, not-before and expiry. For local use and tests;
/// production tokens come from the identity provider whose JWKS the server reads.
/// </summary>
internal static class LocalTokens
{
    public static string Mint(LocalTokenRequest request)
    {
        var now = request.Now ?? DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object> { [request.RoleClaim] = request.Role };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", request.Subject)]),
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = (request.NotBefore ?? now).UtcDateTime,
            Expires = (now + request.Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(Key(request.SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public static SymmetricSecurityKey Key(string base64) => new(Convert.FromBase64String(base64.Trim())) { KeyId = "local" };

    /// <summary>Whether a role name is one the server knows; the CLI refuses others (a test may mint them on purpose).</summary>
    public static bool IsKnownRole(string role) => AccessRoles.TryParse(role, out _);
}
