using GraphServer.Bolt.Retry;

namespace GraphServer.Bolt.Tests.Retry;

public sealed class RetryLogicTests
{
    private static readonly RetryLogic Retry = new(TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(5), TimeProvider.System);

    [Fact]
    public async Task Transient_errors_are_retried_until_the_work_succeeds()
    {
        var attempts = 0;
        var result = await Retry.ExecuteAsync(() => ++attempts < 3
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
        var attempts = 0;
        var started = DateTime.UtcNow;
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => Retry.ExecuteAsync<int>(() =>
        {
            attempts++;
            throw new ServiceUnavailableException("down");
        }, default));
        // Delays 5, 10, 20, 40, 80, 160 ms (±20%) fit a 300 ms budget only up to about six retries.
        Assert.InRange(attempts, 4, 8);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
