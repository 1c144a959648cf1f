using GraphServer.Bolt;
using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Store.Embedded;
using GraphServer.Store.Neo4j;

namespace GraphServer.Benchmarks.Store;

/// <summary>
/// Where the benchmark stores live: the embedded one in BENCH_DATA (default /tmp/graphserver-bench), Neo4j at
/// BENCH_NEO4J_URI (separate from the tests' NEO4J_URI, because the contract tests empty their database).
/// </summary>
public static class BenchmarkStores
{
    public static string DataDirectory => Environment.GetEnvironmentVariable("BENCH_DATA") ?? Path.Combine(Path.GetTempPath(), "graphserver-bench");

    public static string? Neo4jUri => Environment.GetEnvironmentVariable("BENCH_NEO4J_URI");

    public static BoltDriver Driver() => BoltDriver.Create(new Uri(Neo4jUri ?? throw new InvalidOperationException("Set BENCH_NEO4J_URI.")),
        BoltAuth.Basic(Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j", Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "graphserver"));

    public static async Task<IGraphStore> OpenAsync(string name)
    {
        IGraphStore store = name switch
        {
            "embedded" => new EmbeddedStore(RecruitmentModel.Instance, DataDirectory),
            "neo4j" => new Neo4jStore(RecruitmentModel.Instance, Driver()),
            _ => throw new ArgumentException($"Unknown store {name}."),
        };
        await store.InitializeAsync();
        return store;
    }
}
