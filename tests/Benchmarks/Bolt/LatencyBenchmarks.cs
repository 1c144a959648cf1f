using BenchmarkDotNet.Attributes;
using GraphServer.Bolt;

namespace GraphServer.Benchmarks.Bolt;

/// <summary>Single-caller latency per query under BenchmarkDotNet (run with the "bdn" argument).</summary>
[MemoryDiagnoser]
public class LatencyBenchmarks
{
    private BoltDriver _driver = null!;
    private readonly Dictionary<string, object?> _parameters = new() { ["x"] = 42L };

    [GlobalSetup]
    public void Setup() => _driver = BoltDriver.Create(Workload.Uri, Workload.Auth);

    [GlobalCleanup]
    public void Cleanup() => _driver.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<QueryResult> SmallQuery() => _driver.ExecuteQueryAsync(Workload.Small, _parameters);

    [Benchmark]
    public Task<QueryResult> LargeQuery() => _driver.ExecuteQueryAsync(Workload.Large, _parameters);
}
