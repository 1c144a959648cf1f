using BenchmarkDotNet.Attributes;
using GraphServer.Store;

namespace GraphServer.Benchmarks.Store;

/// <summary>Each contract operation timed on both stores over the same generated graph.</summary>
[MemoryDiagnoser(displayGenColumns: false)]
public class StoreBenchmarks
{
    private IGraphStore _store = null!;
    private StoreWorkload _workload = null!;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "embedded";

    public static IEnumerable<string> Stores() =>
        BenchmarkStores.Neo4jUri is null ? ["embedded"] : ["embedded", "neo4j"];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await BenchmarkStores.OpenAsync(Store);
        _workload = new StoreWorkload(_store);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _store.DisposeAsync();

    [Benchmark]
    public Task<int> GetNodes() => _workload.RunAsync("GetNodes");

    [Benchmark]
    public Task<int> FindFiltered() => _workload.RunAsync("FindFiltered");

    [Benchmark]
    public Task<int> FindByRelationship() => _workload.RunAsync("FindByRelationship");

    [Benchmark]
    public Task<int> Neighbours() => _workload.RunAsync("Neighbours");

    [Benchmark]
    public Task<int> NeighboursAsOf() => _workload.RunAsync("NeighboursAsOf");

    [Benchmark]
    public Task<int> Aggregate() => _workload.RunAsync("Aggregate");

    [Benchmark]
    public Task<int> Search() => _workload.RunAsync("Search");

    [Benchmark]
    public Task<int> ShortestPaths() => _workload.RunAsync("ShortestPaths");

    [Benchmark]
    public Task<int> AllPaths() => _workload.RunAsync("AllPaths");

    [Benchmark]
    public Task<int> Neighbourhood() => _workload.RunAsync("Neighbourhood");
}
