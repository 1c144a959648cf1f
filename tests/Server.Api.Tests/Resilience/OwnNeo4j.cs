using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Resilience;

/// <summary>
/// A Neo4j of the test's own (own port, own data folder) from ../shared/neo4j beside the repository, as .ci/run finds
/// it, so that the test may stop and start it without disturbing the shared test database.
/// </summary>
internal sealed class OwnNeo4j : IAsyncDisposable
{
    public const string Password = "graphserver";

    private readonly string _scripts;
    private readonly string _data;

    private OwnNeo4j(string scripts, string data, int port)
    {
        _scripts = scripts;
        _data = data;
        Port = port;
    }

    public int Port { get; }

    public string Uri => $"bolt://127.0.0.1:{Port}";

    public static async Task<OwnNeo4j> StartAsync()
    {
        var scripts = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "neo4j"));
        if (!File.Exists(Path.Combine(scripts, "start")))
        {
            throw new InvalidOperationException($"No Neo4j scripts at {scripts}: the repository must sit beside shared/.");
        }

        var neo4j = new OwnNeo4j(scripts, Path.Combine(Path.GetTempPath(), "neo4j-outage-" + Guid.NewGuid().ToString("N")), FreePort());
        try
        {
            await neo4j.StartAgainAsync();
        }
        catch
        {
            await neo4j.DisposeAsync();
            throw;
        }

        return neo4j;
    }

    /// <summary>
    /// Starts (or restarts) it on the same port and data; returns once it accepts Bolt. The script gives up waiting
    /// after 90 s, which a busy machine can exceed, so this keeps watching the launcher's log, and tries again (up to
    /// three times) when the launcher itself failed.
    /// </summary>
    public async Task StartAgainAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var (exitCode, output) = await TryRunAsync("start", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--data", _data, "--password", Password, "--heap", "512m");
            if (exitCode == 0 || await WaitForLauncherAsync(TimeSpan.FromMinutes(8)))
            {
                return;
            }

            await TryRunAsync("stop", "--data", _data);
            if (attempt == 3)
            {
                throw new InvalidOperationException($"neo4j/start failed three times; last: {output}");
            }
        }
    }

    /// <summary>Stops it cleanly (the script waits until the process has gone).</summary>
    public Task StopAsync() => RunAsync("stop", "--data", _data);

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_data, "neo4j.pid")))
        {
            await StopAsync();
        }

        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in the temp directory is harmless.
        }
    }

    private async Task RunAsync(string script, params string[] arguments)
    {
        var (exitCode, output) = await TryRunAsync(script, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"neo4j/{script} failed ({exitCode}): {output}");
        }
    }

    /// <summary>True once the launcher's log says READY; false when it says FAILED, its process died, or time ran out.</summary>
    private async Task<bool> WaitForLauncherAsync(TimeSpan timeout)
    {
        var log = Path.Combine(_data, "launcher.log");
        var pidFile = Path.Combine(_data, "neo4j.pid");
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            var lines = File.Exists(log) ? await File.ReadAllLinesAsync(log) : [];
            if (lines.Any(l => l.StartsWith("READY", StringComparison.Ordinal)))
            {
                return true;
            }

            var alive = File.Exists(pidFile) && int.TryParse(await File.ReadAllTextAsync(pidFile), out var pid) && IsAlive(pid);
            if (lines.Any(l => l.StartsWith("FAILED", StringComparison.Ordinal)) || !alive)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return false;
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task<(int ExitCode, string Output)> TryRunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(_scripts, script), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
