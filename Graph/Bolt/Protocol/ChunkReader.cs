using System.Buffers.Binary;

namespace GraphServer.Bolt.Protocol;

/// <summary>
/// Reads whole de-chunked messages from a stream. A message that arrived in one chunk is handed out as a slice of the
/// read buffer (no copy); multi-chunk messages are assembled. Empty chunks between messages are NOOP keep-alives.
/// </summary>
internal sealed class ChunkReader(Stream stream)
{
    /// <summary>Below this much free space after the buffered bytes, they move to the front before the next receive.</summary>
    internal const int MinimumReadSpace = 16384;

    private byte[] _buffer = new byte[65536];
    private byte[] _message = new byte[1024];
    private int _start;
    private int _end;

    /// <summary>Returns the next message; the memory is valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var assembled = 0;
        while (true)
        {
            await EnsureAsync(2, cancellationToken);
            var size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            if (size == 0)
            {
                _start += 2;
                if (assembled == 0)
                {
                    continue; // NOOP chunk
                }

                return _message.AsMemory(0, assembled);
            }

            // Fast path: a single-chunk message whose terminator is already buffered.
            if (assembled == 0 && _end - _start >= size + 4 && _buffer[_start + 2 + size] == 0 && _buffer[_start + 3 + size] == 0)
            {
                var memory = _buffer.AsMemory(_start + 2, size);
                _start += size + 4;
                return memory;
            }

            await EnsureAsync(2 + size, cancellationToken);
            if (_message.Length < assembled + size)
            {
                Array.Resize(ref _message, Math.Max(_message.Length * 2, assembled + size));
            }

            _buffer.AsSpan(_start + 2, size).CopyTo(_message.AsSpan(assembled));
            assembled += size;
            _start += 2 + size;
        }
    }

    /// <summary>Reads exactly <paramref name="count"/> raw bytes (the handshake reply).</summary>
    public async ValueTask<byte[]> ReadRawAsync(int count, CancellationToken cancellationToken)
    {
        await EnsureAsync(count, cancellationToken);
        var bytes = _buffer.AsSpan(_start, count).ToArray();
        _start += count;
        return bytes;
    }

    private async ValueTask EnsureAsync(int count, CancellationToken cancellationToken)
    {
        if (_end - _start >= count)
        {
            return;
        }

        if (_start == _end)
        {
            // Nothing buffered: read into the whole buffer, not its tail. Left at the tail, a reply of a few KiB that
            // arrived whole was read in two receives (strace of the bench's filtered list: recvfrom of 3,152 bytes,
            // then 1,950), one more syscall and sometimes one more wake-up per statement.
            _start = 0;
            _end = 0;
        }

        if (_buffer.Length - _start < count || (_start > 0 && _buffer.Length - _end < MinimumReadSpace))
        {
            // Compact (also when the free tail is too short to take a typical reply in one receive), and grow only if a
            // single chunk is larger than the buffer.
            var target = _buffer.Length < count ? new byte[Math.Max(_buffer.Length * 2, count)] : _buffer;
            Buffer.BlockCopy(_buffer, _start, target, 0, _end - _start);
            _buffer = target;
            _end -= _start;
            _start = 0;
        }

        while (_end - _start < count)
        {
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            if (read == 0)
            {
                throw new IOException("The server closed the connection.");
            }

            _end += read;
        }
    }
}
