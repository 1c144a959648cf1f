using GraphServer.Api.Hosting;

namespace GraphServer.Api.Health;

/// <summary>
/// Pings the store every second (each ping bounded to <see cref="PingTimeout"/>) and keeps
/// <see cref="StoreAvailability"/> current, logging each change once. An outage is seen within about two seconds and
/// the return of the store within one, with no restart of the server.
/// </summary>
internal sealed partial class StoreAvailabilityMonitor(
    GraphStoreHolder holder,
    StoreAvailability availability,
    IHostApplicationLifetime lifetime,
    ILogger<StoreAvailabilityMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan PingTimeout = TimeSpan.FromMilliseconds(1500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await MonitorAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (or a start that failed, e.g. a port in use): nothing to report, Program says what went wrong.
        }
    }

    private async Task MonitorAsync(CancellationToken stoppingToken)
    {
        // The store opens while the host starts; until then there is nothing to ping.
        await WhenStartedAsync(stoppingToken).ConfigureAwait(false);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var answered = await PingAsync(stoppingToken).ConfigureAwait(false);
            if (answered && availability.MarkUp())
            {
                LogBack(logger, holder.Store.Name);
            }
            else if (!answered && availability.MarkDown())
            {
                LogDown(logger, holder.Store.Name);
            }
        }
    }

    private async Task<bool> PingAsync(CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(PingTimeout);
        try
        {
            return await holder.Store.PingAsync(timeout.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever stops the ping from answering means the store is not serving.
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Store} store does not answer: reads fail with STORE_UNAVAILABLE until it does")]
    private static partial void LogDown(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Store} store answers again")]
    private static partial void LogBack(ILogger logger, string store);
}
