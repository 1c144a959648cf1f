namespace GraphServer.Bolt.Tests;

/// <summary>A clock that only moves when told to; timers fire as <see cref="Advance"/> passes their due time.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch.AddTicks(GetTimestamp());

    public void Advance(TimeSpan by)
    {
        Interlocked.Add(ref _ticks, by.Ticks);
        List<ManualTimer> due;
        lock (_timers)
        {
            due = _timers.Where(t => t.DueAt <= _ticks).ToList();
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    /// <summary>How far the earliest waiting timer is from now, or null when none waits.</summary>
    public TimeSpan? UntilNextTimer()
    {
        lock (_timers)
        {
            return _timers.Count == 0 ? null : TimeSpan.FromTicks(Math.Max(0, _timers.Min(t => t.DueAt) - GetTimestamp()));
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period;

        public long DueAt { get; private set; } = long.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            lock (clock._timers)
            {
                clock._timers.Remove(this);
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    DueAt = clock.GetTimestamp() + dueTime.Ticks;
                    clock._timers.Add(this);
                }
            }

            return true;
        }

        public void Fire()
        {
            Change(_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? Timeout.InfiniteTimeSpan : _period, _period);
            callback(state);
        }

        public void Dispose()
        {
            lock (clock._timers)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
