using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraphServer.Bolt.Tests.Integration;

/// <summary>
/// A Neo4j with TLS that these tests own, on a free port and a fresh data directory, so they may stop and start it
/// without disturbing the shared instance. Started lazily (only once a test is known not to skip); stopped on dispose.
/// The scripts live in ../shared/neo4j beside the repository root.
/// </summary>
public sealed class OwnNeo4jInstance : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _data = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"graphserver-bolt-own-{Environment.ProcessId}");
    private bool _started;

    public int Port { get; } = FreePort();

    public string CertificatePath => System.IO.Path.Combine(_data, "certificates", "bolt", "public.crt");

    public async Task EnsureStartedAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!_started)
            {
                await StartAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StartAsync()
    {
        await RunScriptAsync("start", "--port", $"{Port}", "--data", _data, "--password", "graphserver", "--tls", "--heap", "512m");
        _started = true;
    }

    public async Task StopAsync()
    {
        await RunScriptAsync("stop", "--data", _data);
        _started = false;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_started)
        {
            await StopAsync();
        }

        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static async Task RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(System.IO.Path.Combine(ScriptDirectory(), script), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"neo4j {script} failed ({process.ExitCode}): {await stderr}");
        }
    }

    private static string ScriptDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GraphServer.sln")))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "neo4j"));
            }
        }

        throw new DirectoryNotFoundException("GraphServer.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
