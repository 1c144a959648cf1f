using System.Text;
using GraphServer.Api.Http;

namespace GraphServer.Api.Hosting;

/// <summary>
/// On SIGTERM (or Ctrl+C) the requests already running finish, up to <see cref="GraphQLHttpOptions.ShutdownTimeout"/>;
/// requests that arrive meanwhile get 503 with Retry-After and a GraphQL error, so that a client or load balancer
/// retries elsewhere; then the listener closes and the process exits 0. The wait is in <see cref="StoppingAsync"/>,
/// which the host runs before it stops any service, the web server included, so the server keeps answering meanwhile.
/// </summary>
internal sealed partial class GracefulShutdown(IHostApplicationLifetime lifetime, GraphQLHttpOptions options, ILogger<GracefulShutdown> logger)
    : IHostedLifecycleService
{
    private static readonly byte[] Refusal = Encoding.UTF8.GetBytes(
        """{"errors":[{"message":"The server is shutting down; retry shortly.","extensions":{"code":"SHUTTING_DOWN"}}]}""");

    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The middleware: counts requests in flight, and refuses new ones once stopping has begun.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            context.Response.Headers.Connection = "close";
            context.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
            context.Response.ContentLength = Refusal.Length;
            await context.Response.Body.WriteAsync(Refusal, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _inFlight);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + options.ShutdownTimeout;
        if (InFlight > 0)
        {
            LogDraining(logger, InFlight, options.ShutdownTimeout.TotalSeconds);
        }

        while (InFlight > 0 && DateTimeOffset.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None).ConfigureAwait(false);
        }

        if (InFlight > 0)
        {
            LogAbandoned(logger, InFlight);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: {Count} request(s) in flight, waiting up to {Seconds} s")]
    private static partial void LogDraining(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping with {Count} request(s) still running: the shutdown deadline passed")]
    private static partial void LogAbandoned(ILogger logger, int count);
}
