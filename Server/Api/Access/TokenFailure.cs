using System.Globalization;
using Microsoft.IdentityModel.Tokens;

namespace GraphServer.Api.Access;

/// <summary>Says in a few words why a bearer token was refused, for the WWW-Authenticate header.</summary>
internal static class TokenFailure
{
    public const string NoCredentials = "no credentials: send Authorization: Bearer <token> or X-Api-Key: <key>";

    public static string Describe(Exception? failure) => failure switch
    {
        null => NoCredentials,
        SecurityTokenExpiredException e => $"the token expired at {Instant(e.Expires)}",
        SecurityTokenNotYetValidException e => $"the token is not valid before {Instant(e.NotBefore)}",
        SecurityTokenInvalidAudienceException => "the token's audience is not this server's",
        SecurityTokenInvalidIssuerException e => $"the issuer '{e.InvalidIssuer}' is not trusted",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the signature is invalid",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidAlgorithmException => "the signing algorithm is not accepted",
        UnknownRoleException e => e.Message,
        SecurityTokenMalformedException or ArgumentException => "the token is malformed",
        _ => "the token is invalid",
    };

    private static string Instant(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
