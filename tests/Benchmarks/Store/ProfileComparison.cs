using System.Text;
using GraphServer.Bolt;
using GraphServer.Store.Neo4j;

namespace GraphServer.Benchmarks.Store;

/// <summary>
/// For each operation: the exact statement the Neo4j store sends (caught by its statement observer) and the
/// hand-written query for the same answer, both run under PROFILE; the table compares their total db hits.
/// </summary>
public static class ProfileComparison
{
    public static async Task<string> RunAsync()
    {
        await using var store = (Neo4jStore)await BenchmarkStores.OpenAsync("neo4j");
        await using var driver = BenchmarkStores.Driver();
        var workload = new StoreWorkload(store);
        var table = new StringBuilder("| operation | ours: db hits | rows | hand-written: db hits | rows | ours / hand |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var operation in StoreWorkload.Operations)
        {
            var statements = new List<(string Cypher, IReadOnlyDictionary<string, object?> Parameters)>();
            store.StatementObserver = (cypher, parameters) => statements.Add((cypher, parameters));
            await workload.RunAsync(operation);
            store.StatementObserver = null;
            var (ours, ourRows) = await ProfileAsync(driver, statements.Single().Cypher, statements.Single().Parameters);
            var (handCypher, handParameters) = StoreWorkload.HandWritten(operation);
            var (hand, handRows) = await ProfileAsync(driver, handCypher, handParameters);
            table.Append($"| {operation} | {ours} | {ourRows} | {hand} | {handRows} | {(hand == 0 ? "-" : ((double)ours / hand).ToString("F2", System.Globalization.CultureInfo.InvariantCulture))} |\n");
        }

        return table.ToString();
    }

    private static async Task<(long DbHits, int Rows)> ProfileAsync(BoltDriver driver, string cypher, IReadOnlyDictionary<string, object?> parameters)
    {
        // Once to warm the plan cache and page cache, once profiled.
        await driver.ExecuteQueryAsync(cypher, parameters, new QueryConfig { AccessMode = AccessMode.Read });
        var result = await driver.ExecuteQueryAsync("PROFILE " + cypher, parameters, new QueryConfig { AccessMode = AccessMode.Read });
        return (DbHits(result.Summary.Metadata.GetValueOrDefault("profile")), result.Records.Count);
    }

    private static long DbHits(object? plan) => plan is IReadOnlyDictionary<string, object?> map
        ? (map.GetValueOrDefault("dbHits") as long? ?? 0) + ((map.GetValueOrDefault("children") as IEnumerable<object?>) ?? []).Sum(DbHits)
        : 0;
}
