using GraphServer.Api.Hosting;

namespace GraphServer.Api.Health;

/// <summary>
/// Pings the store every second (each ping bounded to <see cref="PingTimeout"/>) and keeps
/// <see cref="StoreAvailability"/> current, logging each change once. The store is marked down after
/// <see cref="FailuresBeforeDown"/> pings in a row fail: one slow ping is a busy machine (the 10-minute soak on a loaded
/// 2-core host lost single pings and so failed thousands of reads fast), not an outage. A stopped Neo4j refuses at
/// once, so an outage is still seen within about three seconds (4.5 s if every ping times out), and the return of the
/// store within one, with no restart of the server.
/// </summary>
internal sealed partial class StoreAvailabilityMonitor(
    GraphStoreHolder holder,
    StoreAvailability availability,
    IHostApplicationLifetime lifetime,
    ILogger<StoreAvailabilityMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan PingTimeout = TimeSpan.FromMilliseconds(1500);

    public const int FailuresBeforeDown = 3;

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
        var failures = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var answered = await PingAsync(stoppingToken).ConfigureAwait(false);
            failures = answered ? 0 : failures + 1;
            if (answered && availability.MarkUp())
            {
                LogBack(logger, holder.Store.Name);
            }
            else if (failures >= FailuresBeforeDown && availability.MarkDown())
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
