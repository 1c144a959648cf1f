using System.Diagnostics;

namespace GraphServer.Api.Tests.Startup;

/// <summary>Runs the real server executable (as `dotnet run` would) with the given environment, to see what a user sees.</summary>
internal static class ServerProcess
{
    public static async Task<(int ExitCode, string StandardError, string StandardOutput)> RunAsync(
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string urls = "http://127.0.0.1:0")
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "GraphServer.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", urls])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The server did not exit within {timeout}: it should have refused to start.");
        }

        return (process.ExitCode, await stderr, await stdout);
    }
}
