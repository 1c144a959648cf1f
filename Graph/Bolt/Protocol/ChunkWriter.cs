using System.Buffers.Binary;
using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Protocol;

/// <summary>
/// Frames messages into Bolt chunks (2-byte big-endian size, then data; 00 00 ends a message). Messages are written
/// straight into the output buffer behind a reserved header, so pipelined requests go out in one socket write.
/// </summary>
internal sealed class ChunkWriter
{
    private const int MaxChunk = ushort.MaxValue;
    private int _messageStart = -1;

    public PackStreamWriter Output { get; } = new(8192);

    public bool HasPending => Output.Length > 0;

    public PackStreamWriter BeginMessage(byte tag, int fieldCount)
    {
        _messageStart = Output.Length;
        Output.Reserve(2);
        Output.WriteStructHeader(tag, fieldCount);
        return Output;
    }

    public void EndMessage()
    {
        var bodyStart = _messageStart + 2;
        var bodyLength = Output.Length - bodyStart;
        if (bodyLength <= MaxChunk)
        {
            BinaryPrimitives.WriteUInt16BigEndian(Output.WrittenSpan(_messageStart, 2), (ushort)bodyLength);
        }
        else
        {
            // Rare (a parameter over 64 KiB): copy the body out and write it back as several chunks.
            var body = Output.WrittenSpan(bodyStart, bodyLength).ToArray();
            Output.Truncate(_messageStart);
            for (var offset = 0; offset < body.Length; offset += MaxChunk)
            {
                var size = Math.Min(MaxChunk, body.Length - offset);
                BinaryPrimitives.WriteUInt16BigEndian(Output.Reserve(2), (ushort)size);
                body.AsSpan(offset, size).CopyTo(Output.Reserve(size));
            }
        }

        Output.WriteByte(0);
        Output.WriteByte(0);
        _messageStart = -1;
    }

    /// <summary>Drops a message half-written when encoding a parameter failed, so the connection stays usable.</summary>
    public void AbandonMessage()
    {
        if (_messageStart >= 0)
        {
            Output.Truncate(_messageStart);
            _messageStart = -1;
        }
    }

    public async ValueTask FlushAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (Output.Length == 0)
        {
            return;
        }

        await stream.WriteAsync(Output.WrittenMemory, cancellationToken);
        Output.Clear();
    }
}
