using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GraphServer.Benchmarks.Requests;

if (args.FirstOrDefault() == "time")
{
    // A quick look without BenchmarkDotNet: wall time of each path, request after request.
    var bench = new RequestBenchmarks { Store = args.ElementAtOrDefault(1) ?? "embedded", Request = args.ElementAtOrDefault(2) ?? "nested" };
    await bench.SetupAsync();
    for (var round = 0; round < 3; round++)
    {
        foreach (var (name, run) in new (string, Func<Task<string>>)[] { ("dataloader", bench.DataLoaderPerLevel), ("compiled", bench.CompiledPlan) })
        {
            // Process CPU beside the wall clock: on a machine shared with other work the wall time says little.
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 50; i++)
            {
                await run();
            }

            var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"{name,-10} {clock.Elapsed.TotalMilliseconds / 50,8:F2} ms per request, {used.TotalMilliseconds / 50,8:F2} ms CPU");
        }
    }

    await bench.CleanupAsync();
    return;
}

// In-process and short: the point is bytes allocated per request and the order of magnitude of the time.
// "stages" runs the per-stage breakdown on Neo4j (StageBenchmarks), "statements" the cost of a plan's statement text
// built against cached (StatementBenchmarks); anything else goes to BenchmarkDotNet's own switches.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (args.FirstOrDefault() == "stages")
{
    BenchmarkRunner.Run<StageBenchmarks>(config, args[1..]);
}
else if (args.FirstOrDefault() == "statements")
{
    BenchmarkRunner.Run<StatementBenchmarks>(config, args[1..]);
}
else
{
    BenchmarkRunner.Run<RequestBenchmarks>(config, args);
}
