namespace GraphServer.Bolt.Retry;

/// <summary>
/// Retries retryable errors with exponential backoff (×2, ±20% jitter so that clients which failed together do not
/// retry together) until the next delay would pass the total budget; then the last error is thrown.
/// </summary>
internal sealed class RetryLogic(TimeSpan maxRetryTime, TimeSpan initialDelay, TimeProvider clock)
{
    public async Task<T> ExecuteAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var start = clock.GetTimestamp();
        var delay = initialDelay;
        while (true)
        {
            try
            {
                return await work();
            }
            catch (Neo4jException e) when (e.IsRetryable && !cancellationToken.IsCancellationRequested)
            {
                var jittered = delay * (0.8 + (Random.Shared.NextDouble() * 0.4));
                if (clock.GetElapsedTime(start) + jittered > maxRetryTime)
                {
                    throw;
                }

                await Task.Delay(jittered, clock, cancellationToken);
                delay *= 2;
            }
        }
    }
}
