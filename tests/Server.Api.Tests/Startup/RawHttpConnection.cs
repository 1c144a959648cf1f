using System.Net.Sockets;
using System.Text;

namespace GraphServer.Api.Tests.Startup;

/// <summary>
/// One keep-alive HTTP/1.1 connection driven by hand, so that a test can hold a request half-sent (in flight) or send
/// a request on a connection opened before the server began to stop.
/// </summary>
internal sealed class RawHttpConnection : IDisposable
{
    private readonly TcpClient _client = new();
    private NetworkStream _stream = null!;

    public static async Task<RawHttpConnection> OpenAsync(int port)
    {
        var connection = new RawHttpConnection();
        await connection._client.ConnectAsync("127.0.0.1", port);
        connection._stream = connection._client.GetStream();
        return connection;
    }

    public Task SendAsync(string text) => _stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    public static string Post(string body, int? announcedLength = null) =>
        "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\n" +
        $"Content-Length: {announcedLength ?? Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    public static string Get(string path) => $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

    /// <summary>Reads one response: the status line, headers and a body framed by Content-Length or chunked encoding.</summary>
    public async Task<(int Status, string Head, string Body)> ReadResponseAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        while (true)
        {
            var text = Encoding.UTF8.GetString(buffer.ToArray());
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0 && Complete(text, headEnd) is { } body)
            {
                var head = text[..headEnd];
                return (int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, body);
            }

            var read = await _stream.ReadAsync(chunk, cancel.Token);
            if (read == 0 && headEnd >= 0)
            {
                // Neither length nor chunks: the body ends where the server closed the connection.
                var head = text[..headEnd];
                return (int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, text[(headEnd + 4)..]);
            }

            if (read == 0)
            {
                throw new IOException($"The connection closed before a whole response arrived: {text}");
            }

            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }
    }

    public void Dispose() => _client.Dispose();

    private static string? Complete(string text, int headEnd)
    {
        var head = text[..headEnd];
        var rest = text[(headEnd + 4)..];
        var lengthLine = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (lengthLine is not null)
        {
            var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            return Encoding.UTF8.GetByteCount(rest) >= length ? rest : null;
        }

        if (!head.Contains("chunked", StringComparison.OrdinalIgnoreCase) || !rest.EndsWith("0\r\n\r\n", StringComparison.Ordinal))
        {
            return null;
        }

        // Chunked: size line, data, CRLF ... 0 CRLF CRLF. The bodies here are small JSON, so decode naively.
        var body = new StringBuilder();
        var position = 0;
        while (true)
        {
            var lineEnd = rest.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(rest[position..lineEnd], 16);
            if (size == 0)
            {
                return body.ToString();
            }

            body.Append(rest, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
