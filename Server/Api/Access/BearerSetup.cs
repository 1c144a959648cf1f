using System.Security.Claims;
using GraphServer.Store.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace GraphServer.Api.Access;

/// <summary>JWT bearer validation from <see cref="AuthOptions"/>: issuer, audience, keys, lifetime, and one known role.</summary>
internal static class BearerSetup
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>HMAC for the local key; RSA, RSA-PSS and ECDSA for identity providers. Never <c>none</c>.</summary>
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512,
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384,
    ];

    public static void Configure(JwtBearerOptions bearer, AuthOptions options, SigningKeyRing keys)
    {
        // Claim names stay as the token spells them, so RoleClaim means what the identity provider documents.
        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKeys = keys.Keys,
            ValidAlgorithms = Algorithms,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = options.ClockSkew,
            NameClaimType = "sub",
            RoleClaimType = options.RoleClaim,
        };
        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var principal = context.Principal!;
                if (HighestRole(principal, options.RoleClaim) is { } role)
                {
                    var subject = principal.FindFirst("sub")?.Value ?? principal.FindFirst("client_id")?.Value ?? "unnamed";
                    principal.AddIdentity(CallerClaims.Identity(Scheme, subject, role));
                }
                else
                {
                    var named = string.Join(", ", principal.FindAll(options.RoleClaim).Select(c => $"'{c.Value}'"));
                    context.Fail(new UnknownRoleException(named.Length == 0
                        ? $"the token has no '{options.RoleClaim}' claim; give it one of {AccessRoles.Names}"
                        : $"unknown role {named} in claim '{options.RoleClaim}'; use one of {AccessRoles.Names}"));
                }

                return Task.CompletedTask;
            },
            OnChallenge = context =>
            {
                context.HandleResponse();
                return ChallengeResponse.WriteAsync(context.HttpContext, Scheme, TokenFailure.Describe(context.AuthenticateFailure));
            },
        };
    }

    /// <summary>A token may carry several roles (an array claim); the caller gets the highest one we know.</summary>
    private static AccessRole? HighestRole(ClaimsPrincipal principal, string claim)
    {
        AccessRole? highest = null;
        foreach (var value in principal.FindAll(claim).Select(c => c.Value))
        {
            if (AccessRoles.TryParse(value, out var role) && (highest is null || role > highest))
            {
                highest = role;
            }
        }

        return highest;
    }
}
