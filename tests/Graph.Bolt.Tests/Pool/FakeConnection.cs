using GraphServer.Bolt.Pool;

namespace GraphServer.Bolt.Tests.Pool;

internal sealed class FakeConnection(int id) : IPooledConnection
{
    public int Id { get; } = id;

    public bool IsDefunct { get; set; }

    public bool NeedsReset { get; set; }

    public bool FailReset { get; set; }

    public TimeSpan? ServerIdleTimeout { get; set; }

    public int Resets { get; private set; }

    public bool Disposed { get; private set; }

    public ValueTask ResetAsync(CancellationToken cancellationToken)
    {
        Resets++;
        if (FailReset)
        {
            IsDefunct = true;
            throw new ServiceUnavailableException("gone");
        }

        NeedsReset = false;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        IsDefunct = true;
        return ValueTask.CompletedTask;
    }
}
