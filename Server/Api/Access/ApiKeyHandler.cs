using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphServer.Api.Access;

/// <summary>
/// API keys for scripts: <c>X-Api-Key: gsk_…</c> or <c>Authorization: ApiKey gsk_…</c>. The key is hashed and looked
/// up among the active keys of the store; the caller gets the key's role and is named <c>apikey:&lt;id&gt;</c>.
/// </summary>
internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessStoreHolder access)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string Header = "X-Api-Key";

    private const string AuthorizationPrefix = SchemeName + " ";

    public static bool HasKey(HttpRequest request) =>
        request.Headers.ContainsKey(Header)
        || request.Headers.Authorization.ToString().StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = KeyOf(Request);
        if (string.IsNullOrWhiteSpace(secret))
        {
            return AuthenticateResult.NoResult();
        }

        var store = await access.GetAsync().ConfigureAwait(false);
        var key = await store.FindActiveAsync(secret, Context.RequestAborted).ConfigureAwait(false);
        return key is null
            ? AuthenticateResult.Fail("the API key is unknown or revoked")
            : AuthenticateResult.Success(new AuthenticationTicket(
                new ClaimsPrincipal(CallerClaims.Identity(SchemeName, "apikey:" + key.Id, key.Role)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var reason = result.Failure?.Message ?? TokenFailure.NoCredentials;
        await ChallengeResponse.WriteAsync(Context, SchemeName, reason).ConfigureAwait(false);
    }

    private static string? KeyOf(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[AuthorizationPrefix.Length..].Trim()
            : null;
    }
}
