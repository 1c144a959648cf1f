using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace GraphServer.Api.Access;

/// <summary>
/// Per-caller limits on ASP.NET Core's rate limiter: a fixed window per signed-in caller (token subject or API key),
/// per address for requests that did not sign in. Over the limit: 429 with Retry-After in seconds. The health probe is free.
/// </summary>
internal static class CallerRateLimit
{
    public const string Code = "RATE_LIMITED";

    public static void Configure(RateLimiterOptions limiter, AuthOptions options)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.Request.Path.StartsWithSegments("/health"))
            {
                return RateLimitPartition.GetNoLimiter("health");
            }

            var caller = CallerClaims.IsAuthenticated(context.User)
                ? "caller:" + CallerClaims.CallerOf(context.User)
                : "address:" + context.Connection.RemoteIpAddress;
            return RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.RatePermits),
                Window = options.RateWindow,
                QueueLimit = 0,
            });
        });
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : (int)Math.Ceiling(options.RateWindow.TotalSeconds);
            context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ChallengeResponse.WriteErrorAsync(context.HttpContext, $"Too many requests; try again in {seconds} s.", Code)
                .ConfigureAwait(false);
        };
    }
}
