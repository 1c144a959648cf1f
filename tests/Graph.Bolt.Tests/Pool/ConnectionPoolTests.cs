using GraphServer.Bolt.Pool;

namespace GraphServer.Bolt.Tests.Pool;

/// <summary>The pool with fake connections and a manual clock: no sockets, no waiting.</summary>
public sealed class ConnectionPoolTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly List<FakeConnection> _opened = [];

    private ConnectionPool<FakeConnection> Pool(int maxSize = 2, TimeSpan? liveness = null, TimeSpan? lifetime = null) =>
        new(_ =>
        {
            var connection = new FakeConnection(_opened.Count);
            _opened.Add(connection);
            return Task.FromResult(connection);
        }, new PoolOptions(maxSize, TimeSpan.FromSeconds(5), lifetime ?? TimeSpan.FromHours(1), liveness), _clock);

    [Fact]
    public async Task A_released_connection_is_reused()
    {
        var pool = Pool();
        var first = await pool.AcquireAsync(default);
        await pool.ReleaseAsync(first);

        Assert.Same(first, await pool.AcquireAsync(default));
        Assert.Single(_opened);
    }

    [Fact]
    public async Task Acquiring_beyond_the_maximum_waits_for_a_release()
    {
        var pool = Pool(maxSize: 1);
        var first = await pool.AcquireAsync(default);
        var waiting = pool.AcquireAsync(default);
        Assert.False(waiting.IsCompleted);

        await pool.ReleaseAsync(first);

        Assert.Same(first, await waiting);
    }

    [Fact]
    public async Task Acquiring_beyond_the_maximum_fails_after_the_acquisition_timeout()
    {
        var pool = Pool(maxSize: 1);
        await pool.AcquireAsync(default);
        var waiting = pool.AcquireAsync(default);

        _clock.Advance(TimeSpan.FromSeconds(6));

        var error = await Assert.ThrowsAsync<ClientException>(() => waiting);
        Assert.Contains("pool size 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_left_mid_transaction_is_reset_before_reuse()
    {
        var pool = Pool();
        var connection = await pool.AcquireAsync(default);
        connection.NeedsReset = true;

        await pool.ReleaseAsync(connection);

        Assert.Equal(1, connection.Resets);
        Assert.Same(connection, await pool.AcquireAsync(default));
    }

    [Fact]
    public async Task A_defunct_connection_is_closed_and_frees_its_slot()
    {
        var pool = Pool(maxSize: 1);
        var broken = await pool.AcquireAsync(default);
        broken.IsDefunct = true;

        await pool.ReleaseAsync(broken);
        var next = await pool.AcquireAsync(default);

        Assert.True(broken.Disposed);
        Assert.NotSame(broken, next);
    }

    [Fact]
    public async Task An_idle_connection_past_the_liveness_threshold_is_checked_and_replaced_when_dead()
    {
        var pool = Pool(liveness: TimeSpan.FromSeconds(30));
        var stale = await pool.AcquireAsync(default);
        await pool.ReleaseAsync(stale);
        stale.FailReset = true;

        _clock.Advance(TimeSpan.FromSeconds(31));
        var fresh = await pool.AcquireAsync(default);

        Assert.Equal(1, stale.Resets);
        Assert.True(stale.Disposed);
        Assert.NotSame(stale, fresh);
    }

    [Fact]
    public async Task An_idle_connection_within_the_liveness_threshold_is_not_pinged()
    {
        var pool = Pool(liveness: TimeSpan.FromSeconds(30));
        var connection = await pool.AcquireAsync(default);
        await pool.ReleaseAsync(connection);

        _clock.Advance(TimeSpan.FromSeconds(29));
        await pool.AcquireAsync(default);

        Assert.Equal(0, connection.Resets);
    }

    [Fact]
    public async Task A_connection_older_than_its_lifetime_is_retired()
    {
        var pool = Pool(lifetime: TimeSpan.FromMinutes(10));
        var old = await pool.AcquireAsync(default);
        await pool.ReleaseAsync(old);

        _clock.Advance(TimeSpan.FromMinutes(11));
        var next = await pool.AcquireAsync(default);

        Assert.True(old.Disposed);
        Assert.NotSame(old, next);
    }

    [Fact]
    public async Task A_failed_connect_frees_its_slot()
    {
        var attempts = 0;
        var pool = new ConnectionPool<FakeConnection>(_ => ++attempts == 1
                ? Task.FromException<FakeConnection>(new ServiceUnavailableException("down"))
                : Task.FromResult(new FakeConnection(attempts)),
            new PoolOptions(1, TimeSpan.FromSeconds(5), TimeSpan.FromHours(1), null), _clock);

        await Assert.ThrowsAsync<ServiceUnavailableException>(() => pool.AcquireAsync(default));
        Assert.NotNull(await pool.AcquireAsync(default));
    }

    [Fact]
    public async Task Discarding_idle_connections_closes_them_all()
    {
        var pool = Pool();
        var a = await pool.AcquireAsync(default);
        var b = await pool.AcquireAsync(default);
        await pool.ReleaseAsync(a);
        await pool.ReleaseAsync(b);

        await pool.DiscardIdleAsync();

        Assert.True(a.Disposed && b.Disposed);
        Assert.Equal(0, pool.IdleCount);
    }

    [Fact]
    public async Task An_idle_connection_the_server_would_have_closed_is_not_handed_out()
    {
        var pool = Pool();
        var connection = await pool.AcquireAsync(default);
        connection.ServerIdleTimeout = TimeSpan.FromSeconds(120);
        await pool.ReleaseAsync(connection);

        _clock.Advance(TimeSpan.FromSeconds(121));

        Assert.NotSame(connection, await pool.AcquireAsync(default));
        Assert.True(connection.Disposed);
    }
}
