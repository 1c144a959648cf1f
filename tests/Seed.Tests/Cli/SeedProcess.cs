using System.Diagnostics;

namespace GraphServer.Seed.Tests.Cli;

/// <summary>Runs the built Seed CLI (GraphServer.Seed.dll, copied beside the tests) as a child process, as a user would.</summary>
internal static class SeedProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraphServer.Seed.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The child must see only the settings the test gives it, not the developer's or CI's.
        foreach (var name in new[] { "GRAPH_STORE", "GRAPH_DATA_DIR", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }
}
