using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GraphServer.Api.Tests.Support;

/// <summary>Runs one of the js/ scripts with node (or a py/ script with Python); each prints a single JSON line, which is returned.</summary>
internal static class NodeScript
{
    public static Task<JsonNode> RunAsync(string script, TimeSpan timeout, params string[] arguments) =>
        RunAsync("node", RepositoryPaths.NodeScripts, script, timeout, arguments);

    public static Task<JsonNode> RunPythonAsync(string script, TimeSpan timeout, params string[] arguments) =>
        RunAsync(ExternalTools.Python, Path.Combine(RepositoryPaths.Root, "tests", "Server.Api.Tests", "py"), script, timeout, arguments);

    private static async Task<JsonNode> RunAsync(string program, string directory, string script, TimeSpan timeout, string[] arguments)
    {
        var start = new ProcessStartInfo(program, [script, .. arguments])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {script} did not finish within {timeout}: {await stderr}");
        }

        var output = (await stdout).Trim();
        Assert.True(process.ExitCode == 0 && output.Length > 0, $"{program} {script} exited {process.ExitCode}: {await stderr}");
        return JsonNode.Parse(output.Split('\n')[^1])!;
    }
}
