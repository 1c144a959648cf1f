using System.Diagnostics;
using System.Text.Json;

namespace GraphServer.Benchmarks.Bolt;

/// <summary>Runs js/bench.mjs (the official JavaScript driver) and reads its JSON lines.</summary>
internal static class JsDriverRunner
{
    public static async Task<Dictionary<(string Query, int Workers), double>> RunAsync(string directory, int seconds, int warmup, string workers)
    {
        var results = new Dictionary<(string, int), double>();
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
        {
            Console.Error.WriteLine($"Skipping the JS driver: run `npm install` in {directory} first.");
            return results;
        }

        var start = new ProcessStartInfo("node", ["bench.mjs", "--seconds", $"{seconds}", "--warmup", $"{warmup}", "--workers", workers])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            results[(root.GetProperty("query").GetString()!, root.GetProperty("workers").GetInt32())] = root.GetProperty("qps").GetDouble();
        }

        await process.WaitForExitAsync();
        return results;
    }
}
