using GraphServer.Bolt.Retry;

namespace GraphServer.Bolt.Tests.Retry;

public sealed class RetryLogicTests
{
    private static readonly RetryLogic Retry = new(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(5), TimeProvider.System);

    [Fact]
    public async Task Transient_errors_are_retried_until_the_work_succeeds()
    {
        // A budget no loaded machine spends on two short delays: this test is about retrying, not about the budget.
        var retry = new RetryLogic(TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(5), TimeProvider.System);
        var attempts = 0;
        var result = await retry.ExecuteAsync(() => ++attempts < 3
            ? throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock")
            : Task.FromResult(attempts), default);
        Assert.Equal(3, result);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    [InlineData("Neo.TransientError.General.MemoryPoolOutOfMemoryError")]
    [InlineData("Neo.TransientError.General.TransactionMemoryLimit")]
    public async Task Terminated_and_memory_errors_are_not_retried(string code)
    {
        var attempts = 0;
        await Assert.ThrowsAsync<TransientException>(() => Retry.ExecuteAsync<int>(() =>
        {
            attempts++;
            throw new TransientException(code, "no");
        }, default));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<ClientException>(() => Retry.ExecuteAsync<int>(() =>
        {
            attempts++;
            throw new ClientException("Neo.ClientError.Statement.SyntaxError", "bad");
        }, default));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Retries_stop_when_the_time_budget_is_spent()
    {
        // A manual clock that moves only to the next waiting delay: the count depends on the budget, not on the load.
        var clock = new ManualTimeProvider();
        var retry = new RetryLogic(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(5), clock);
        var attempts = 0;
        var running = retry.ExecuteAsync<int>(() =>
        {
            attempts++;
            throw new ServiceUnavailableException("down");
        }, default);

        var realDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!running.IsCompleted && DateTime.UtcNow < realDeadline)
        {
            if (clock.UntilNextTimer() is { } wait)
            {
                clock.Advance(wait);
            }

            await Task.Delay(1);
        }

        await Assert.ThrowsAsync<ServiceUnavailableException>(() => running);
        // Delays 5, 10, 20, 40, 80 ms (±20%) sum to 124-186 ms; the sixth, 160 ms ±20%, may or may not fit in 300 ms;
        // the seventh, 320 ms, never does.
        Assert.InRange(attempts, 6, 7);
        Assert.InRange(clock.GetElapsedTime(0), TimeSpan.FromMilliseconds(124), TimeSpan.FromMilliseconds(300));
    }
}
