using GraphServer.Bolt.PackStream;
using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Tests.Protocol;

/// <summary>The server side of one fake connection: read a client message, send a scripted response.</summary>
internal sealed class ScriptedConnection(Stream stream)
{
    private readonly ChunkReader _reader = new(stream);
    private readonly ChunkWriter _writer = new();

    /// <summary>Reads the magic and four proposals, and answers with 5.<paramref name="minor"/>.</summary>
    public async Task<byte[]> HandshakeAsync(byte minor = 8)
    {
        var request = await _reader.ReadRawAsync(20, CancellationToken.None);
        Assert.Equal(Hex.Parse("60 60 B0 17"), request[..4]);
        await stream.WriteAsync(new byte[] { 0, 0, minor, 5 });
        return request;
    }

    /// <summary>Handshake, HELLO and (on 5.1+) LOGON, all answered with SUCCESS.</summary>
    public async Task AcceptAsync(byte minor = 8)
    {
        await HandshakeAsync(minor);
        await ExpectAsync(MessageTag.Hello);
        if (minor >= 1)
        {
            await ExpectAsync(MessageTag.Logon);
        }

        await SuccessAsync(new() { ["server"] = "Neo4j/5.26.0", ["connection_id"] = "bolt-fake" });
        if (minor >= 1)
        {
            await SuccessAsync();
        }
    }

    public async Task<List<object?>> ExpectAsync(byte tag)
    {
        var message = await _reader.ReadMessageAsync(CancellationToken.None);
        var (actual, fields) = Parse(message.Span);
        Assert.True(actual == tag, $"expected {MessageTag.Name(tag)}, got {MessageTag.Name(actual)}");
        return fields;
    }

    /// <summary>The four messages <c>ExecuteQueryAsync</c> pipelines in one write: BEGIN, RUN, PULL, COMMIT.</summary>
    public async Task ExpectManagedQueryAsync()
    {
        await ExpectAsync(MessageTag.Begin);
        await ExpectAsync(MessageTag.Run);
        await ExpectAsync(MessageTag.Pull);
        await ExpectAsync(MessageTag.Commit);
    }

    /// <summary>Waits until the client closes the socket (or sends GOODBYE and closes).</summary>
    public async Task ExpectClosedAsync()
    {
        try
        {
            while (true)
            {
                var (tag, _) = Parse((await _reader.ReadMessageAsync(CancellationToken.None)).Span);
                Assert.True(tag == MessageTag.Goodbye, $"expected the connection to close, got {MessageTag.Name(tag)}");
            }
        }
        catch (IOException)
        {
            // Closed, as expected.
        }
    }

    public Task SuccessAsync(Dictionary<string, object?>? metadata = null) => SendAsync(MessageTag.Success, metadata ?? []);

    public Task RecordAsync(params object?[] values) => SendAsync(MessageTag.Record, values);

    public Task FailureAsync(string code, string message) =>
        SendAsync(MessageTag.Failure, new Dictionary<string, object?> { ["code"] = code, ["message"] = message });

    public Task SendFailureAsync(Dictionary<string, object?> metadata) => SendAsync(MessageTag.Failure, metadata);

    public async Task IgnoredAsync()
    {
        _writer.BeginMessage(MessageTag.Ignored, 0);
        _writer.EndMessage();
        await _writer.FlushAsync(stream, CancellationToken.None);
    }

    public async Task SendRawAsync(byte[] bytes) => await stream.WriteAsync(bytes);

    private async Task SendAsync(byte tag, object field)
    {
        _writer.BeginMessage(tag, 1).WriteValue(field);
        _writer.EndMessage();
        await _writer.FlushAsync(stream, CancellationToken.None);
    }

    private static (byte Tag, List<object?> Fields) Parse(ReadOnlySpan<byte> message)
    {
        var reader = new PackStreamReader(message);
        var (tag, count) = reader.ReadStructHeader();
        var fields = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            fields.Add(reader.ReadValue());
        }

        return (tag, fields);
    }
}
