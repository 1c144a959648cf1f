using System.Reflection;
using GraphServer.Api.Health;
using GraphServer.Api.Hosting;
using GraphServer.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphServer.Api.Tests.Health;

/// <summary>
/// The availability monitor tells a busy machine from an outage: single failed pings (a loaded host, the soak's case)
/// never mark the store down, pings that keep failing do, within the 5 s, and the first answer marks it up.
/// </summary>
public sealed class StoreAvailabilityMonitorTests
{
    [Fact]
    public async Task Pings_failing_one_or_two_at_a_time_never_mark_the_store_down_and_failing_ones_in_a_row_do_within_five_seconds()
    {
        var pings = new ScriptedPings();
        var holder = new GraphStoreHolder();
        holder.Set(ScriptedPingStore.Create(pings));
        var availability = new StoreAvailability();
        using var monitor = new StoreAvailabilityMonitor(
            holder, availability, new StartedLifetime(), NullLogger<StoreAvailabilityMonitor>.Instance);
        await monitor.StartAsync(CancellationToken.None);

        // Fail, fail, answer, over and over: a machine too busy to answer every ping in time.
        pings.Answers = n => n % 3 == 2;
        var wasDown = false;
        var flaky = DateTime.UtcNow.AddSeconds(7);
        while (DateTime.UtcNow < flaky)
        {
            wasDown |= availability.IsDown;
            await Task.Delay(50);
        }

        var flakyPings = pings.Count;
        pings.Answers = _ => false;
        var outage = System.Diagnostics.Stopwatch.StartNew();
        while (!availability.IsDown && outage.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        var downAfter = outage.Elapsed;
        pings.Answers = _ => true;
        var back = System.Diagnostics.Stopwatch.StartNew();
        while (availability.IsDown && back.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        await monitor.StopAsync(CancellationToken.None);
        Assert.True(flakyPings >= 5, $"only {flakyPings} pings in 7 s");
        Assert.False(wasDown, "single failed pings marked the store down");
        Assert.True(downAfter < TimeSpan.FromSeconds(5), $"failing pings marked the store down only after {downAfter}");
        Assert.True(back.Elapsed < TimeSpan.FromSeconds(2.5), $"the store came back after {back.Elapsed}");
    }

    private sealed class ScriptedPings
    {
        private int _count;

        public Func<int, bool> Answers { get; set; } = _ => true;

        public int Count => Volatile.Read(ref _count);

        public bool Next() => Answers(Interlocked.Increment(ref _count) - 1);
    }

    /// <summary>A store that only pings, as scripted; any other call is a test bug.</summary>
#pragma warning disable CA1852 // DispatchProxy needs a type it can derive from.
    private class ScriptedPingStore : DispatchProxy
#pragma warning restore CA1852
    {
        private ScriptedPings _pings = null!;

        public static IGraphStore Create(ScriptedPings pings)
        {
            var store = Create<IGraphStore, ScriptedPingStore>();
            ((ScriptedPingStore)(object)store)._pings = pings;
            return store;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
        {
            nameof(IGraphStore.PingAsync) => Task.FromResult(_pings.Next()),
            "get_" + nameof(IGraphStore.Name) => "scripted",
            nameof(IGraphStore.DisposeAsync) => ValueTask.CompletedTask,
            _ => throw new NotSupportedException(targetMethod?.Name),
        };
    }

    private sealed class StartedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted { get; } = new(canceled: true);

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
