using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Tests.PackStream;

/// <summary>Golden bytes the other way: what the server sends and the .NET value it must become.</summary>
public sealed class PackStreamDecodingTests
{
    public static TheoryData<string, string, object?> Cases => new()
    {
        { "null", "C0", null },
        { "true", "C3", true },
        { "tiny negative", "F0", -16L },
        { "int8", "C8 80", -128L },
        { "int16", "C9 7F FF", 32767L },
        { "int32 in wider form", "CA 00 00 00 01", 1L },
        { "int64", "CB 80 00 00 00 00 00 00 00", long.MinValue },
        { "float", "C1 3F F1 99 99 99 99 99 9A", 1.1 },
        { "tiny string", "81 41", "A" },
        { "string8", "D0 01 41", "A" },
        { "string16", "D1 00 01 41", "A" },
        { "string32", "D2 00 00 00 01 41", "A" },
        { "date", "B1 44 C9 4D 46", new LocalDate(2024, 2, 29) },
        { "time", "B2 54 01 C9 0E 10", new OffsetTime(1, 3600) },
        { "local time", "B1 74 05", new LocalTime(5) },
        { "date time", "B3 49 01 02 C9 F1 F0", new ZonedDateTime(1, 2, -3600) },
        { "date time zone id", "B3 69 00 00 83 55 54 43", new ZonedDateTime(0, 0, 0, "UTC") },
        { "local date time", "B2 64 01 02", new LocalDateTime(1, 2) },
        { "duration", "B4 45 01 02 03 04", new Duration(1, 2, 3, 4) },
        { "point 2D", "B3 58 C9 10 E6 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00", new Point(4326, 1, 2) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decodes_golden_bytes(string name, string bytes, object? expected)
    {
        var reader = new PackStreamReader(Hex.Parse(bytes));
        Assert.True(Equals(expected, reader.ReadValue()), name);
        Assert.True(reader.AtEnd, name);
    }

    [Fact]
    public void Bytes_become_a_byte_array() =>
        Assert.Equal([1, 2], (byte[])new PackStreamReader(Hex.Parse("CC 02 01 02")).ReadValue()!);

    [Fact]
    public void Lists_become_lists_of_objects()
    {
        var value = new PackStreamReader(Hex.Parse("D4 02 01 81 61")).ReadValue();
        Assert.Equal(new List<object?> { 1L, "a" }, Assert.IsType<List<object?>>(value));
    }

    [Fact]
    public void Maps_become_dictionaries_and_a_repeated_key_keeps_the_last_value()
    {
        var value = new PackStreamReader(Hex.Parse("A2 81 61 01 81 61 02")).ReadValue();
        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(2L, map["a"]);
    }

    [Fact]
    public void Node_carries_labels_properties_and_element_id()
    {
        // Node(id 1, ["L"], {p: 2}, "4:x:1")
        var node = Assert.IsType<Node>(new PackStreamReader(Hex.Parse("B4 4E 01 91 81 4C A1 81 70 02 85 34 3A 78 3A 31")).ReadValue());
        Assert.Equal(1L, node.Id);
        Assert.Equal(["L"], node.Labels);
        Assert.Equal(2L, node["p"]);
        Assert.Equal("4:x:1", node.ElementId);
    }

    [Fact]
    public void Path_walks_relationships_in_their_real_direction()
    {
        // Path(nodes [a, b], rels [r], indices [-1, 1]): a <-[r]- b, i.e. r points from b to a.
        var writer = new PackStreamWriter();
        writer.WriteStructHeader(0x50, 3);
        writer.WriteListHeader(2);
        WriteNode(writer, 1, "a");
        WriteNode(writer, 2, "b");
        writer.WriteListHeader(1);
        writer.WriteStructHeader(0x72, 4);
        writer.WriteInt(9);
        writer.WriteString("KNOWS");
        writer.WriteMapHeader(0);
        writer.WriteString("r");
        writer.WriteValue(new long[] { -1, 1 });

        var path = Assert.IsType<GraphPath>(new PackStreamReader(writer.Written).ReadValue());
        Assert.Equal(["a", "b"], path.Nodes.Select(n => n.ElementId));
        var rel = Assert.Single(path.Relationships);
        Assert.Equal(("b", "a", "KNOWS"), (rel.StartNodeElementId, rel.EndNodeElementId, rel.Type));
    }

    [Fact]
    public void Truncated_data_is_a_protocol_error()
    {
        Assert.Throws<ProtocolException>(() => new PackStreamReader(Hex.Parse("C9 01")).ReadValue());
    }

    private static void WriteNode(PackStreamWriter writer, long id, string elementId)
    {
        writer.WriteStructHeader(0x4E, 4);
        writer.WriteInt(id);
        writer.WriteListHeader(0);
        writer.WriteMapHeader(0);
        writer.WriteString(elementId);
    }
}
