using BenchmarkDotNet.Running;
using GraphServer.Benchmarks.Bolt;
using GraphServer.Bolt;

// Usage: dotnet run -c Release --project tests/Benchmarks/Bolt [-- --seconds 5 --warmup 1 --workers 1,8,32 [--session]]
//        (--session: ours through session.ExecuteWriteAsync, two round trips per query, instead of ExecuteQueryAsync)
//        dotnet run -c Release --project tests/Benchmarks/Bolt -- bdn   (BenchmarkDotNet latency run)
if (args is ["bdn", ..])
{
    BenchmarkRunner.Run<LatencyBenchmarks>(args: args[1..]);
    return;
}

string Arg(string name, string fallback) => Array.IndexOf(args, $"--{name}") is var i and >= 0 ? args[i + 1] : fallback;
var seconds = int.Parse(Arg("seconds", "5"), System.Globalization.CultureInfo.InvariantCulture);
var warmup = int.Parse(Arg("warmup", "1"), System.Globalization.CultureInfo.InvariantCulture);
var workers = Arg("workers", "1,8,32");
var viaSession = args.Contains("--session");

var ours = new Dictionary<(string, int), double>();
await using (var driver = BoltDriver.Create(Workload.Uri, Workload.Auth))
{
    await driver.VerifyConnectivityAsync();
    foreach (var (name, query) in Workload.Queries)
    {
        foreach (var count in workers.Split(',').Select(int.Parse))
        {
            await ThroughputRunner.RunAsync(driver, query, count, TimeSpan.FromSeconds(warmup), viaSession);
            ours[(name, count)] = await ThroughputRunner.RunAsync(driver, query, count, TimeSpan.FromSeconds(seconds), viaSession);
        }
    }
}

var js = await JsDriverRunner.RunAsync(Path.Combine(Workload.RepositoryRoot(), "tests", "Benchmarks", "Bolt", "js"), seconds, warmup, workers);
Console.WriteLine("| query | workers | GraphServer.Bolt q/s | neo4j-driver (JS) q/s | ratio |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var ((query, count), qps) in ours)
{
    var other = js.TryGetValue((query, count), out var value) ? value : double.NaN;
    Console.WriteLine($"| {query} | {count} | {qps:F0} | {other:F0} | {qps / other:F2} |");
}
