using System.Buffers.Binary;
using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Tests.Protocol;

/// <summary>
/// How the chunk reader uses its receive buffer: a reply that arrived whole must be taken in one receive, so the space
/// offered to each socket read is what these tests assert on (through a stream that records it).
/// </summary>
public sealed class ChunkReaderTests
{
    private const int BufferSize = 65536;

    [Fact]
    public async Task After_the_buffer_is_drained_the_next_receive_is_offered_the_whole_buffer()
    {
        var first = Message(40_000, 0x11);
        var second = Message(3_000, 0x22);
        var stream = new SegmentedStream(first, second);
        var reader = new ChunkReader(stream);

        Assert.Equal(Body(40_000, 0x11), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
        Assert.Equal(Body(3_000, 0x22), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());

        // Before: the second receive got only the 25,532 bytes left behind the first reply.
        Assert.Equal([BufferSize, BufferSize], stream.Offered);
    }

    [Fact]
    public async Task A_short_free_tail_is_compacted_before_the_next_receive()
    {
        var first = Message(60_000, 0x33);
        var second = Message(4_000, 0x44);
        var third = Message(6_000, 0x66);
        // The first receive ends three bytes into the second message; the rest of the reply (the second message's
        // rest and the third) arrives together.
        var stream = new SegmentedStream([.. first, .. second[..3]], [.. second[3..], .. third]);
        var reader = new ChunkReader(stream);

        Assert.Equal(Body(60_000, 0x33), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
        Assert.Equal(Body(4_000, 0x44), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
        Assert.Equal(Body(6_000, 0x66), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());

        // The three buffered bytes moved to the front, so the rest of the reply came in one receive; before, the
        // receive was offered the 5,529 bytes at the end of the buffer and two more were needed.
        Assert.Equal([BufferSize, BufferSize - 3], stream.Offered);
    }

    [Fact]
    public async Task A_chunk_larger_than_the_buffer_still_grows_it()
    {
        var large = Message(65_535, 0x55);
        var stream = new SegmentedStream(large);
        var reader = new ChunkReader(stream);

        Assert.Equal(Body(65_535, 0x55), (await reader.ReadMessageAsync(CancellationToken.None)).ToArray());
    }

    private static byte[] Body(int size, byte fill) => Enumerable.Repeat(fill, size).ToArray();

    /// <summary>One message in one chunk: size, body, then the 00 00 end marker.</summary>
    private static byte[] Message(int size, byte fill)
    {
        var bytes = new byte[size + 4];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, (ushort)size);
        Body(size, fill).CopyTo(bytes, 2);
        return bytes;
    }

    /// <summary>Hands out the given segments, one per read (or what fits), and records the space each read offered.</summary>
    private sealed class SegmentedStream(params byte[][] segments) : Stream
    {
        private readonly Queue<byte[]> _segments = new(segments);

        public List<int> Offered { get; } = [];

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Offered.Add(buffer.Length);
            if (_segments.Count == 0)
            {
                return ValueTask.FromResult(0);
            }

            var segment = _segments.Dequeue();
            var taken = Math.Min(segment.Length, buffer.Length);
            segment.AsSpan(0, taken).CopyTo(buffer.Span);
            if (taken < segment.Length)
            {
                // What did not fit comes first in the next read, as the socket would deliver it.
                var rest = new Queue<byte[]>([segment[taken..], .. _segments]);
                _segments.Clear();
                foreach (var item in rest)
                {
                    _segments.Enqueue(item);
                }
            }

            return ValueTask.FromResult(taken);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
