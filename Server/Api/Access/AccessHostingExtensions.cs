using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GraphServer.Api.Access;

/// <summary>Composition of sign-in, roles, rate limits and the audit log; called from the server's hosting extensions.</summary>
internal static class AccessHostingExtensions
{
    /// <summary>Register before the store's start-up: the safe-default check must run before anything opens.</summary>
    public static IServiceCollection AddGraphAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(options);
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<AccessStoreHolder>();
        services.AddSingleton<AuditTrail>();
        services.AddHttpContextAccessor();
        services.AddHostedService<AccessStartup>();
        services.AddAuthentication(CallerScheme.Name)
            .AddPolicyScheme(CallerScheme.Name, null,
                policy => policy.ForwardDefaultSelector = context => CallerScheme.Select(context, options))
            .AddScheme<AuthenticationSchemeOptions, LocalCallerHandler>(LocalCallerHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(BearerSetup.Scheme)
            .Configure<SigningKeyRing>((bearer, keys) => BearerSetup.Configure(bearer, options, keys));
        services.AddRateLimiter(limiter => CallerRateLimit.Configure(limiter, options));
        return services;
    }

    /// <summary>After the IDE's static files (open), before the endpoints: who is calling, how often, and may they.</summary>
    public static WebApplication UseGraphAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.Use((context, next) => AccessGate.InvokeAsync(context, () => next(context)));
        var audit = app.Services.GetRequiredService<AuditTrail>();
        app.Use((context, next) => audit.InvokeAsync(context, () => next(context)));
        return app;
    }
}
