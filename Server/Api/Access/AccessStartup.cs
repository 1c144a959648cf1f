using GraphServer.Api.Hosting;

namespace GraphServer.Api.Access;

/// <summary>
/// Runs before the server listens (hosted services start first): loads the signing keys so a bad key stops the start,
/// and applies the safe default: without auth the server runs open only on loopback, with a warning, and refuses
/// any other address with one line saying how to configure auth.
/// </summary>
internal sealed partial class AccessStartup(
    AuthOptions options,
    SigningKeyRing keys,
    IConfiguration configuration,
    ILogger<AccessStartup> logger) : IHostedService
{
    public const string HowToConfigure =
        "set GraphServer__Auth__JwksPath (your identity provider's keys) or GraphServer__Auth__SigningKey "
        + "(base64, 32+ bytes), or listen on 127.0.0.1 only; see Server/README.md, \"Production auth\".";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.IsConfigured)
        {
            _ = keys.Keys;
            LogAuthOn(logger, options.Issuer, options.Audience, options.RoleClaim);
            return Task.CompletedTask;
        }

        var addresses = ListenAddresses.Configured(configuration);
        if (ListenAddresses.FirstPublic(addresses) is { } exposed)
        {
            throw new AccessConfigurationException($"no auth is configured and {exposed} is not a loopback address: {HowToConfigure}");
        }

        LogOpen(logger, addresses.Count == 0 ? GraphServerHostingExtensions.DefaultUrl : string.Join(", ", addresses));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Auth: bearer tokens from issuer {Issuer} for audience {Audience}, role in claim '{RoleClaim}'")]
    private static partial void LogAuthOn(ILogger logger, string issuer, string audience, string roleClaim);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No auth is configured: every caller on {Addresses} is the local analyst "
        + "(sees personal data, cannot write). This is only allowed on loopback; configure GraphServer:Auth before exposing the server.")]
    private static partial void LogOpen(ILogger logger, string addresses);
}
