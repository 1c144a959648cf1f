using System.Diagnostics;
using GraphServer.Bolt;

namespace GraphServer.Benchmarks.Bolt;

/// <summary>Queries per second with N concurrent workers, each looping ExecuteQueryAsync for a fixed time.</summary>
internal static class ThroughputRunner
{
    /// <param name="viaSession">
    /// Run through <c>session.ExecuteWriteAsync</c> instead: BEGIN+RUN+PULL, then COMMIT, two round trips like the JS driver.
    /// </param>
    public static async Task<double> RunAsync(BoltDriver driver, string query, int workers, TimeSpan duration, bool viaSession = false)
    {
        long count = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(id => Task.Run(async () =>
        {
            var parameters = new Dictionary<string, object?>();
            for (long i = 0; stopwatch.Elapsed < duration; i++)
            {
                parameters["x"] = (id * 1_000_000L) + i;
                if (viaSession)
                {
                    await using var session = driver.AsyncSession();
                    await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync(query, parameters)).ToListAsync());
                }
                else
                {
                    await driver.ExecuteQueryAsync(query, parameters);
                }

                Interlocked.Increment(ref count);
            }
        })));
        return count / stopwatch.Elapsed.TotalSeconds;
    }
}
