using System.Net;
using System.Net.Sockets;

namespace GraphServer.Bolt.Tests.Protocol;

/// <summary>
/// A scripted Bolt server on loopback: the n-th accepted connection runs the n-th script; connections beyond the
/// scripts are closed at once (so a test notices an unexpected reconnect). Script failures surface in <see cref="DisposeAsync"/>.
/// </summary>
internal sealed class FakeBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;
    private readonly CancellationTokenSource _stop = new();

    public FakeBoltServer(params Func<ScriptedConnection, Task>[] scripts)
    {
        _listener.Start();
        _acceptLoop = AcceptAsync(scripts);
    }

    public Uri Uri => new($"bolt://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public int Accepted { get; private set; }

    /// <summary>Waits for every script to finish and rethrows the first script failure.</summary>
    public async Task CompletedAsync(TimeSpan? timeout = null)
    {
        Task[] running;
        lock (_connections)
        {
            running = [.. _connections];
        }

        await Task.WhenAll(running).WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(Func<ScriptedConnection, Task>[] scripts)
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            client.NoDelay = true;
            var index = Accepted++;
            if (index >= scripts.Length)
            {
                client.Dispose();
                continue;
            }

            lock (_connections)
            {
                _connections.Add(RunAsync(client, scripts[index]));
            }
        }
    }

    private static async Task RunAsync(TcpClient client, Func<ScriptedConnection, Task> script)
    {
        using (client)
        {
            await script(new ScriptedConnection(client.GetStream()));
        }
    }
}
