namespace GraphServer.Api.Exports;

/// <summary>
/// Where the writers' synchronous XmlWriter, Utf8JsonWriter and ZipArchive put their bytes: a small buffer that the
/// writer hands to the response asynchronously (<see cref="DrainAsync"/>) after each record once it holds
/// <see cref="Threshold"/> bytes. Kestrel forbids synchronous writes to the body; this keeps memory at one chunk
/// whatever the size of the file. Write-only and not seekable, so ZipArchive writes streaming (data descriptors).
/// </summary>
internal sealed class ExportSink(Stream body) : Stream
{
    public const int Threshold = 64 * 1024;

    private readonly MemoryStream _buffer = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written + _buffer.Length;
        set => throw new NotSupportedException();
    }

    /// <summary>Sends the buffer to the response when it is full, or always with <paramref name="force"/>.</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken, bool force = false)
    {
        if (_buffer.Length == 0 || (!force && _buffer.Length < Threshold))
        {
            return;
        }

        await body.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken);
        _written += _buffer.Length;
        _buffer.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => _buffer.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _buffer.Write(buffer);

    public override void Flush()
    {
        // Nothing to do synchronously: DrainAsync moves the bytes on.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}
