using System.Security.Claims;
using System.Text.Encodings.Web;
using GraphServer.Store.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphServer.Api.Access;

/// <summary>
/// Open mode (no auth configured, loopback only; <see cref="AccessStartup"/>): every caller is the local analyst. Not
/// admin, so the audit log and API keys still need a key, and not editor, so a stray script cannot write.
/// </summary>
internal sealed class LocalCallerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Local";

    public const AccessRole Role = AccessRole.Analyst;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(CallerClaims.Identity(SchemeName, "local", Role)), SchemeName)));
}
