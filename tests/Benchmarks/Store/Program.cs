using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GraphServer.Benchmarks.Store;

// load      generate the 100,000-node graph into the embedded store (BENCH_DATA) and Neo4j (BENCH_NEO4J_URI, if set)
// profile   PROFILE db hits of each Neo4j template next to a hand-written query for the same answer
// check     run each operation once on each store and print the answer sizes (they must agree)
// run       BenchmarkDotNet over every operation on both stores (extra arguments go to BenchmarkDotNet)
var mode = args.FirstOrDefault() ?? "run";
var graph = new BenchmarkGraph();
var stores = BenchmarkStores.Neo4jUri is null ? new[] { "embedded" } : ["embedded", "neo4j"];
switch (mode)
{
    case "load":
        foreach (var store in stores)
        {
            await Loader.LoadAsync(store, graph);
        }

        break;
    case "profile":
        Console.WriteLine(await ProfileComparison.RunAsync());
        break;
    case "check":
        var answers = new Dictionary<string, List<string>>();
        foreach (var store in stores)
        {
            await using var opened = await BenchmarkStores.OpenAsync(store);
            var workload = new StoreWorkload(opened);
            foreach (var operation in StoreWorkload.Operations)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var size = await workload.RunAsync(operation);
                Console.WriteLine($"{store,-9} {operation,-20} {size,5} items  {clock.Elapsed.TotalMilliseconds,8:F1} ms (first call)");
                (answers.TryGetValue(operation, out var list) ? list : answers[operation] = []).Add(await workload.AnswerAsync(operation));
            }
        }

        foreach (var (operation, list) in answers)
        {
            Console.WriteLine($"{operation,-20} {(list.Distinct().Count() == 1 ? "same answer from every store" : "ANSWERS DIFFER")}");
        }

        break;
    default:
        // In-process: no per-benchmark rebuild; few iterations: the point is the order of magnitude per operation.
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(6).WithInvocationCount(8).WithUnrollFactor(1))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkRunner.Run<StoreBenchmarks>(config, args.Skip(1).ToArray());
        break;
}
