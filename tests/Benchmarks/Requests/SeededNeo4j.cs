using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Configuration;
using GraphServer.Store.Neo4j;

namespace GraphServer.Benchmarks.Requests;

/// <summary>The Neo4j store the request benchmarks read (BENCH_NEO4J_URI, _USER, _PASSWORD), seeded when empty.</summary>
internal static class SeededNeo4j
{
    public static async Task<Neo4jStore> OpenAsync(string benchmarks)
    {
        var uri = Environment.GetEnvironmentVariable("BENCH_NEO4J_URI")
            ?? throw new InvalidOperationException($"The {benchmarks} benchmarks read from Neo4j: set BENCH_NEO4J_URI.");
        var settings = new Dictionary<string, string?>
        {
            ["GRAPH_STORE"] = "neo4j",
            ["NEO4J_URI"] = uri,
            ["NEO4J_USER"] = Environment.GetEnvironmentVariable("BENCH_NEO4J_USER") ?? "neo4j",
            ["NEO4J_PASSWORD"] = Environment.GetEnvironmentVariable("BENCH_NEO4J_PASSWORD") ?? "graphserver",
        };
        var store = (Neo4jStore)await StoreFactory.OpenAsync(
            StoreSettings.From(key => settings.GetValueOrDefault(key)), RecruitmentModel.Instance);
        if (await store.CountNodesAsync() == 0)
        {
            await SeedData.LoadAsync(store);
        }

        return store;
    }
}
