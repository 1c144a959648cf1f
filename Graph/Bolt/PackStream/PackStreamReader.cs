using System.Buffers.Binary;
using System.Text;

namespace GraphServer.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 from one whole, de-chunked message. Parsing is synchronous over a span because the
/// connection only hands over complete messages, which keeps the decoder free of async state machines. With a
/// <see cref="StringCache"/>, short strings decoded before are handed out again instead of allocated; small integers
/// share their boxes (<see cref="BoxedIntegers"/>).
/// </summary>
internal ref struct PackStreamReader(ReadOnlySpan<byte> data, StringCache? strings = null)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private readonly StringCache? _strings = strings;
    private int _position;

    public readonly bool AtEnd => _position >= _data.Length;

    public byte PeekByte() => _position < _data.Length ? _data[_position] : throw Truncated();

    /// <summary>Reads a structure header; returns its tag and field count.</summary>
    public (byte Tag, int FieldCount) ReadStructHeader()
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != Marker.TinyStructBase)
        {
            throw new ProtocolException($"Expected a structure, found marker 0x{marker:X2}.");
        }

        return (ReadByte(), marker & 0x0F);
    }

    public object? ReadValue()
    {
        var marker = ReadByte();
        switch (marker >> 4)
        {
            case 0x0: case 0x1: case 0x2: case 0x3: case 0x4: case 0x5: case 0x6: case 0x7:
                return BoxedIntegers.Of(marker);
            case 0xF:
                return BoxedIntegers.Of(unchecked((sbyte)marker));
            case 0x8:
                return ReadStringBody(marker & 0x0F);
            case 0x9:
                return ReadListBody(marker & 0x0F);
            case 0xA:
                return ReadMapBody(marker & 0x0F);
            case 0xB:
                return ValueDecoder.ReadStructure(ref this, ReadByte(), marker & 0x0F);
            default:
                return ReadMarked(marker);
        }
    }

    public string ReadString()
    {
        var marker = ReadByte();
        return (marker & 0xF0) == Marker.TinyStringBase ? ReadStringBody(marker & 0x0F)
            : marker switch
            {
                Marker.String8 => ReadStringBody(ReadByte()),
                Marker.String16 => ReadStringBody(ReadUInt16()),
                Marker.String32 => ReadStringBody(ReadSize32()),
                _ => throw Unexpected("a string", marker),
            };
    }

    /// <summary>An integer read straight into a <c>long</c>, without the box <see cref="ReadValue"/> would make.</summary>
    public long ReadInt()
    {
        var marker = ReadByte();
        return marker switch
        {
            < 0x80 => marker,
            >= 0xF0 => unchecked((sbyte)marker),
            Marker.Int8 => unchecked((sbyte)ReadByte()),
            Marker.Int16 => BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            Marker.Int32 => BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            Marker.Int64 => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            _ => throw new ProtocolException("Expected an integer."),
        };
    }

    public int ReadListHeader()
    {
        var marker = ReadByte();
        return (marker & 0xF0) == Marker.TinyListBase ? marker & 0x0F
            : marker switch
            {
                Marker.List8 => ReadByte(),
                Marker.List16 => ReadUInt16(),
                Marker.List32 => ReadSize32(),
                _ => throw Unexpected("a list", marker),
            };
    }

    public int ReadMapHeader()
    {
        var marker = ReadByte();
        return (marker & 0xF0) == Marker.TinyMapBase ? marker & 0x0F
            : marker switch
            {
                Marker.Map8 => ReadByte(),
                Marker.Map16 => ReadUInt16(),
                Marker.Map32 => ReadSize32(),
                _ => throw Unexpected("a map", marker),
            };
    }

    public Dictionary<string, object?> ReadMap() => ReadMapBody(ReadMapHeader());

    public List<object?> ReadList() => ReadListBody(ReadListHeader());

    private object? ReadMarked(byte marker) => marker switch
    {
        Marker.Null => null,
        Marker.True => true,
        Marker.False => false,
        Marker.Float64 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
        Marker.Int8 => BoxedIntegers.Of(unchecked((sbyte)ReadByte())),
        Marker.Int16 => BoxedIntegers.Of(BinaryPrimitives.ReadInt16BigEndian(Take(2))),
        Marker.Int32 => BoxedIntegers.Of(BinaryPrimitives.ReadInt32BigEndian(Take(4))),
        Marker.Int64 => BoxedIntegers.Of(BinaryPrimitives.ReadInt64BigEndian(Take(8))),
        Marker.Bytes8 => Take(ReadByte()).ToArray(),
        Marker.Bytes16 => Take(ReadUInt16()).ToArray(),
        Marker.Bytes32 => Take(ReadSize32()).ToArray(),
        Marker.String8 => ReadStringBody(ReadByte()),
        Marker.String16 => ReadStringBody(ReadUInt16()),
        Marker.String32 => ReadStringBody(ReadSize32()),
        Marker.List8 => ReadListBody(ReadByte()),
        Marker.List16 => ReadListBody(ReadUInt16()),
        Marker.List32 => ReadListBody(ReadSize32()),
        Marker.Map8 => ReadMapBody(ReadByte()),
        Marker.Map16 => ReadMapBody(ReadUInt16()),
        Marker.Map32 => ReadMapBody(ReadSize32()),
        _ => throw new ProtocolException($"Unknown PackStream marker 0x{marker:X2}."),
    };

    private string ReadStringBody(int length) =>
        length == 0 ? string.Empty : _strings is null ? Encoding.UTF8.GetString(Take(length)) : _strings.Get(Take(length));

    private List<object?> ReadListBody(int count)
    {
        var list = new List<object?>(Math.Min(count, _data.Length - _position));
        for (var i = 0; i < count; i++)
        {
            list.Add(ReadValue());
        }

        return list;
    }

    private Dictionary<string, object?> ReadMapBody(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, _data.Length - _position), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = ReadString();
            // PackStream says a repeated key's last value wins.
            map[key] = ReadValue();
        }

        return map;
    }

    private byte ReadByte() => _position < _data.Length ? _data[_position++] : throw Truncated();

    private int ReadUInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        return size <= int.MaxValue ? (int)size : throw new ProtocolException("PackStream size exceeds 2 GiB.");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw Truncated();
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    private static ProtocolException Truncated() => new("PackStream data ended in the middle of a value.");

    private static ProtocolException Unexpected(string expected, byte marker) => new($"Expected {expected}, found marker 0x{marker:X2}.");
}
