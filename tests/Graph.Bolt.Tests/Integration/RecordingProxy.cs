using System.Net;
using System.Net.Sockets;

namespace GraphServer.Bolt.Tests.Integration;

/// <summary>
/// A loopback TCP relay in front of the real Neo4j that keeps a copy of every byte the server sends, so a test can
/// decode real messages itself (the version reply first, then chunked messages).
/// </summary>
internal sealed class RecordingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly List<MemoryStream> _fromServer = [];
    private readonly List<Task> _pumps = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public RecordingProxy(Uri target)
    {
        _target = target;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Uri => new($"bolt://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>What the server sent on each connection, in the order the connections opened.</summary>
    public IReadOnlyList<byte[]> ServerBytes()
    {
        lock (_fromServer)
        {
            return _fromServer.Select(s => s.ToArray()).ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAll(_pumps.Append(_accepting).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var server = new TcpClient { NoDelay = true };
            await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            client.NoDelay = true;
            var copy = new MemoryStream();
            lock (_fromServer)
            {
                _fromServer.Add(copy);
            }

            _pumps.Add(PumpAsync(client.GetStream(), server.GetStream(), null, client, server));
            _pumps.Add(PumpAsync(server.GetStream(), client.GetStream(), copy, server, client));
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, MemoryStream? copy, TcpClient source, TcpClient sink)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                if (copy is not null)
                {
                    lock (_fromServer)
                    {
                        copy.Write(buffer, 0, read);
                    }
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        finally
        {
            source.Dispose();
            sink.Dispose();
        }
    }
}
