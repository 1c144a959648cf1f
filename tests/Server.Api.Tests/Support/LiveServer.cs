using System.Diagnostics;

namespace GraphServer.Api.Tests.Support;

/// <summary>
/// The real server as a child process on a free loopback port, for clients that must reach it over TCP (node,
/// Chromium, Firefox). Started the way a user starts it, with the embedded store seeded in a fresh directory, or on a
/// directory a fixture filled first (<see cref="SyntheticSourceServer"/>).
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    private const string ReadyMarker = "GraphQL ready at ";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "graphserver-live-" + Guid.NewGuid().ToString("N"));
    private readonly Func<string, Task>? _prepareDataDirectory;
    private Process? _process;

    public LiveServer()
    {
    }

    /// <summary>A server on a data directory that <paramref name="prepareDataDirectory"/> fills before it starts.</summary>
    internal LiveServer(Func<string, Task> prepareDataDirectory) => _prepareDataDirectory = prepareDataDirectory;

    /// <summary>The base address, e.g. http://127.0.0.1:41234 (the endpoint is at /graphql).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (_prepareDataDirectory is not null)
        {
            Directory.CreateDirectory(_dataDirectory);
            await _prepareDataDirectory(_dataDirectory);
        }

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "GraphServer.Api.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["GRAPH_STORE"] = "embedded";
        start.Environment["GRAPH_DATA_DIR"] = _dataDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _ = _process.StandardError.ReadToEndAsync();

        // Generous: on a loaded shared machine (CI, several builds at once) start-up has taken over a minute.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(ReadyMarker, StringComparison.Ordinal);
            if (at >= 0)
            {
                BaseUrl = line[(at + ReadyMarker.Length)..].Trim().Replace("/graphql", string.Empty, StringComparison.Ordinal);
                // Keep draining stdout so the server never blocks on a full pipe.
                _ = _process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException("The server exited before it was ready.");
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
