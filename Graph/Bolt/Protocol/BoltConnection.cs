using System.Net.Sockets;
using GraphServer.Bolt.Pool;

namespace GraphServer.Bolt.Protocol;

/// <summary>
/// One Bolt 5 connection. Requests are appended to an output buffer and go out together on <see cref="FlushAsync"/>
/// (pipelining); responses are read one at a time and each summary moves <see cref="State"/> through
/// <see cref="ConnectionStateMachine"/>. Not thread-safe: a connection serves one session at a time.
/// </summary>
internal sealed partial class BoltConnection : IPooledConnection
{
    private readonly Stream _stream;
    private readonly ChunkReader _reader;
    private readonly ChunkWriter _writer = new();
    private readonly Queue<byte> _pending = new();
    private bool _disposed;

    private BoltConnection(ServerAddress address, Stream stream, int minor, ChunkReader reader)
    {
        Address = address;
        _stream = stream;
        _reader = reader;
        Minor = minor;
    }

    public ServerAddress Address { get; }

    /// <summary>The negotiated Bolt 5 minor version.</summary>
    public int Minor { get; }

    public ConnectionState State { get; private set; } = ConnectionState.Connected;

    public string ServerAgent { get; private set; } = string.Empty;

    public string ConnectionId { get; private set; } = string.Empty;

    /// <summary>The server's connection.recv_timeout_seconds hint: it closes connections idle for longer.</summary>
    public TimeSpan? ServerIdleTimeout { get; private set; }

    /// <summary>Requests sent (or buffered) whose summary has not been read yet.</summary>
    public int PendingCount => _pending.Count;

    public bool IsDefunct => State == ConnectionState.Defunct;

    /// <summary>True when the socket broke on the server's side (not by our cancellation).</summary>
    public bool LostToServer { get; private set; }

    public bool NeedsReset => State != ConnectionState.Ready || _pending.Count > 0 || _writer.HasPending;

    /// <summary>The last FAILURE, so the IGNOREs that follow it can report the real cause.</summary>
    public Neo4jException? LastFailure { get; private set; }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        ThrowIfDefunct();
        try
        {
            await _writer.FlushAsync(_stream, cancellationToken);
        }
        catch (Exception e) when (e is not ProtocolException)
        {
            throw Broken(e, cancellationToken);
        }
    }

    /// <summary>Reads the next response; RECORDs leave the state alone, summaries advance it.</summary>
    public async ValueTask<Response> ReceiveAsync(CancellationToken cancellationToken)
    {
        ThrowIfDefunct();
        if (_pending.Count == 0)
        {
            throw new InvalidOperationException("No request is waiting for a response.");
        }

        Response response;
        try
        {
            var message = await _reader.ReadMessageAsync(cancellationToken);
            response = Response.Parse(message.Span);
        }
        catch (Exception e)
        {
            throw Broken(e, cancellationToken);
        }

        if (response.Kind == ResponseKind.Record)
        {
            if (_pending.Peek() is not (MessageTag.Pull))
            {
                MarkDefunct();
                throw new ProtocolException($"RECORD arrived in reply to {MessageTag.Name(_pending.Peek())}.");
            }

            return response;
        }

        var request = _pending.Dequeue();
        State = ConnectionStateMachine.Next(State, request, response.Kind, response.HasMore, Minor);
        if (response.Kind == ResponseKind.Failure)
        {
            LastFailure = ServerError.FromFailure(response.Metadata);
        }

        return response;
    }

    /// <summary>Reads one summary and throws the server's error unless it is SUCCESS.</summary>
    public async ValueTask<Dictionary<string, object?>> ExpectSuccessAsync(CancellationToken cancellationToken)
    {
        var response = await ReceiveAsync(cancellationToken);
        return response.Kind switch
        {
            ResponseKind.Success => response.Metadata,
            ResponseKind.Failure => throw LastFailure!,
            ResponseKind.Ignored => throw IgnoredError(),
            _ => throw new ProtocolException("Unexpected RECORD."),
        };
    }

    /// <summary>Sends RESET and drains every outstanding response, leaving the connection Ready (or Defunct).</summary>
    public async ValueTask ResetAsync(CancellationToken cancellationToken)
    {
        Reset();
        await FlushAsync(cancellationToken);
        while (_pending.Count > 0)
        {
            var response = await ReceiveAsync(cancellationToken);
            if (_pending.Count == 0 && response.Kind != ResponseKind.Success)
            {
                MarkDefunct();
                throw new ProtocolException($"RESET was answered with {response}.");
            }
        }

        LastFailure = null;
    }

    public Neo4jException IgnoredError() =>
        LastFailure ?? new ClientException("The server ignored the request because an earlier one failed.");

    public void MarkDefunct()
    {
        State = ConnectionState.Defunct;
        _stream.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!IsDefunct)
        {
            // GOODBYE is a courtesy so the server frees the session at once; never wait long for it.
            try
            {
                _writer.AbandonMessage();
                Goodbye();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _writer.FlushAsync(_stream, timeout.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The socket is closing anyway.
            }
        }

        State = ConnectionState.Defunct;
        await _stream.DisposeAsync();
    }

    private void ThrowIfDefunct()
    {
        if (IsDefunct)
        {
            throw new ServiceUnavailableException($"The connection to {Address} is closed.");
        }
    }

    private Exception Broken(Exception error, CancellationToken cancellationToken)
    {
        // After a partial read or write the stream position is unknown, so the connection cannot be reused.
        MarkDefunct();
        LostToServer = error is IOException or SocketException;
        return error switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => error,
            ProtocolException => error,
            IOException or SocketException or ObjectDisposedException or OperationCanceledException =>
                new ServiceUnavailableException($"Lost the connection to {Address}: {error.Message}", error),
            _ => error,
        };
    }
}
