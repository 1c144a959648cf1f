using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphServer.Api.Tests.Startup;

/// <summary>The real server executable, started and left running on a free loopback port until the test stops it.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<RunningServer> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "GraphServer.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
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

        var server = new RunningServer(Process.Start(start)!, port);
        server._process.OutputDataReceived += (_, e) => server.Record(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        var finished = await Task.WhenAny(server._ready.Task, server._process.WaitForExitAsync(), Task.Delay(timeout));
        if (finished != server._ready.Task)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"The server did not become ready within {timeout}:\n{server.Output}");
        }

        return server;
    }

    /// <summary>Sends SIGTERM, as a container runtime or systemd does to stop a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains("GraphQL ready at", StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
