using System.Diagnostics;

namespace GraphServer.Benchmarks.Store;

/// <summary>Loads the generated graph into a store through ApplyAsync (the contract's write path), unless it is already there.</summary>
public static class Loader
{
    public static async Task LoadAsync(string storeName, BenchmarkGraph graph)
    {
        await using var store = await BenchmarkStores.OpenAsync(storeName);
        var count = await store.CountNodesAsync();
        if (count >= graph.Nodes)
        {
            Console.WriteLine($"{storeName}: {count} nodes already loaded");
            return;
        }

        var clock = Stopwatch.StartNew();
        long nodes = 0, edges = 0;
        foreach (var batch in graph.Batches())
        {
            await store.ApplyAsync(batch);
            nodes += batch.Nodes.Count;
            edges += batch.Edges.Count;
        }

        Console.WriteLine($"{storeName}: loaded {nodes} nodes and {edges} relationships in {clock.Elapsed.TotalSeconds:F1} s " +
                          $"({nodes / clock.Elapsed.TotalSeconds:F0} nodes/s)");
    }
}
