using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace GraphServer.Bolt.PackStream;

/// <summary>
/// Serialises values to PackStream v1 into a growable buffer, always choosing the smallest encoding (the golden-byte
/// tests pin each width). One instance is reused per connection, so writing a message allocates nothing steady-state.
/// </summary>
internal sealed class PackStreamWriter
{
    private byte[] _buffer;

    public PackStreamWriter(int initialCapacity = 1024) => _buffer = new byte[initialCapacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Cuts the buffer back to <paramref name="length"/> bytes (used when re-framing a large message).</summary>
    public void Truncate(int length) => Length = length;

    /// <summary>Writable access to already written bytes, to patch a header in place.</summary>
    public Span<byte> WrittenSpan(int start, int count) => _buffer.AsSpan(start, count);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    public byte[] ToArray() => Written.ToArray();

    public void WriteNull() => WriteByte(Marker.Null);

    public void WriteBool(bool value) => WriteByte(value ? Marker.True : Marker.False);

    public void WriteInt(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            WriteByte(Marker.Int8);
            WriteByte(unchecked((byte)value));
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            WriteByte(Marker.Int16);
            BinaryPrimitives.WriteInt16BigEndian(Reserve(2), (short)value);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            WriteByte(Marker.Int32);
            BinaryPrimitives.WriteInt32BigEndian(Reserve(4), (int)value);
        }
        else
        {
            WriteByte(Marker.Int64);
            BinaryPrimitives.WriteInt64BigEndian(Reserve(8), value);
        }
    }

    public void WriteFloat(double value)
    {
        WriteByte(Marker.Float64);
        BinaryPrimitives.WriteDoubleBigEndian(Reserve(8), value);
    }

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteHeader(byteCount, Marker.TinyStringBase, Marker.String8);
        Encoding.UTF8.GetBytes(value, Reserve(byteCount));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue)
        {
            WriteByte(Marker.Bytes8);
            WriteByte((byte)value.Length);
        }
        else if (value.Length <= ushort.MaxValue)
        {
            WriteByte(Marker.Bytes16);
            BinaryPrimitives.WriteUInt16BigEndian(Reserve(2), (ushort)value.Length);
        }
        else
        {
            WriteByte(Marker.Bytes32);
            BinaryPrimitives.WriteInt32BigEndian(Reserve(4), value.Length);
        }

        value.CopyTo(Reserve(value.Length));
    }

    public void WriteListHeader(int count) => WriteHeader(count, Marker.TinyListBase, Marker.List8);

    public void WriteMapHeader(int count) => WriteHeader(count, Marker.TinyMapBase, Marker.Map8);

    public void WriteStructHeader(byte tag, int fieldCount)
    {
        // A structure holds at most 15 fields: there is no wider structure marker in PackStream v1.
        WriteByte((byte)(Marker.TinyStructBase | fieldCount));
        WriteByte(tag);
    }

    public void WriteStringList(IReadOnlyCollection<string> values)
    {
        WriteListHeader(values.Count);
        foreach (var value in values)
        {
            WriteString(value);
        }
    }

    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        WriteMapHeader(map.Count);
        foreach (var (key, value) in map)
        {
            WriteString(key);
            WriteValue(value);
        }
    }

    /// <summary>Writes any supported parameter value; see <see cref="ValueEncoder"/> for the .NET type mapping.</summary>
    public void WriteValue(object? value) => ValueEncoder.Write(this, value);

    internal void WriteList(IEnumerable values)
    {
        if (values is ICollection collection)
        {
            WriteListHeader(collection.Count);
            foreach (var item in collection)
            {
                WriteValue(item);
            }

            return;
        }

        var items = values.Cast<object?>().ToList();
        WriteListHeader(items.Count);
        foreach (var item in items)
        {
            WriteValue(item);
        }
    }

    internal void WriteByte(byte value)
    {
        if (Length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[Length++] = value;
    }

    internal Span<byte> Reserve(int count)
    {
        if (_buffer.Length - Length < count)
        {
            Grow(count);
        }

        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    private void WriteHeader(int count, byte tinyBase, byte marker8)
    {
        // Each sized type has 8/16/32-bit forms at marker8, marker8 + 1, marker8 + 2.
        if (count < 16)
        {
            WriteByte((byte)(tinyBase | count));
        }
        else if (count <= byte.MaxValue)
        {
            WriteByte(marker8);
            WriteByte((byte)count);
        }
        else if (count <= ushort.MaxValue)
        {
            WriteByte((byte)(marker8 + 1));
            BinaryPrimitives.WriteUInt16BigEndian(Reserve(2), (ushort)count);
        }
        else
        {
            WriteByte((byte)(marker8 + 2));
            BinaryPrimitives.WriteInt32BigEndian(Reserve(4), count);
        }
    }

    private void Grow(int extra) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + extra));
}
