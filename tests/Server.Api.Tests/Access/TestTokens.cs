using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphServer.Api.Tests.Access;

/// <summary>A fixed local key and tokens signed with it (or deliberately wrong), shaped as the CLI's <c>token</c> mints them.</summary>
internal static class TestTokens
{
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 48).Select(i => (byte)i).ToArray());

    public static readonly string OtherKey = Convert.ToBase64String(Enumerable.Range(101, 48).Select(i => (byte)i).ToArray());

    public static string For(string role, string subject = "tester") => Mint(r => r with { Role = role, Subject = subject });

    public static string Mint(Func<TokenRequest, TokenRequest> change)
    {
        var request = change(new TokenRequest());
        var now = request.Now ?? DateTimeOffset.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = request.Issuer,
            Audience = request.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", request.Subject)]),
            Claims = new Dictionary<string, object> { ["role"] = request.Role },
            IssuedAt = now.UtcDateTime,
            NotBefore = (request.NotBefore ?? now).UtcDateTime,
            Expires = (now + request.Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(request.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Embedded-store settings with auth on (the local key), plus any extra settings.</summary>
    public static Dictionary<string, string?> AuthOn(params (string Key, string? Value)[] extra) =>
        EndToEnd.GraphServerFactory.Embedded([("GraphServer:Auth:SigningKey", Key), .. extra]);

    internal sealed record TokenRequest
    {
        public string SigningKey { get; init; } = Key;

        public string Role { get; init; } = "analyst";

        public string Subject { get; init; } = "tester";

        public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

        public string Issuer { get; init; } = "graphserver-local";

        public string Audience { get; init; } = "graphserver";

        public DateTimeOffset? Now { get; init; }

        public DateTimeOffset? NotBefore { get; init; }
    }
}
