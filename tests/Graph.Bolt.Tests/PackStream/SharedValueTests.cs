using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Tests.PackStream;

/// <summary>What the decoder shares instead of allocating: small integer boxes and cached strings.</summary>
public sealed class SharedValueTests
{
    [Theory]
    [InlineData("00", 0L)]
    [InlineData("7F", 127L)]
    [InlineData("F0", -16L)]
    [InlineData("C8 80", -128L)]
    [InlineData("C9 03 FF", 1023L)]
    [InlineData("CA 00 00 00 05", 5L)]
    [InlineData("CB 00 00 00 00 00 00 00 2A", 42L)]
    public void Small_integers_of_any_width_share_one_box_and_keep_their_value(string bytes, long expected)
    {
        var first = new PackStreamReader(Hex.Parse(bytes)).ReadValue();
        var second = new PackStreamReader(Hex.Parse(bytes)).ReadValue();
        Assert.Equal(expected, Assert.IsType<long>(first));
        Assert.Same(first, second);
    }

    [Theory]
    [InlineData("C9 FF 7F", -129L)]
    [InlineData("C9 04 00", 1024L)]
    [InlineData("CB 7F FF FF FF FF FF FF FF", long.MaxValue)]
    public void Integers_outside_the_shared_range_get_their_own_box(string bytes, long expected)
    {
        var first = new PackStreamReader(Hex.Parse(bytes)).ReadValue();
        var second = new PackStreamReader(Hex.Parse(bytes)).ReadValue();
        Assert.Equal(expected, Assert.IsType<long>(first));
        Assert.Equal(expected, Assert.IsType<long>(second));
        Assert.NotSame(first, second);
    }

    [Theory]
    [InlineData("2A", 42L)]
    [InlineData("F1", -15L)]
    [InlineData("C8 FF", -1L)]
    [InlineData("C9 80 00", -32768L)]
    [InlineData("CA 7F FF FF FF", 2147483647L)]
    [InlineData("CB 80 00 00 00 00 00 00 00", long.MinValue)]
    public void ReadInt_reads_every_integer_width(string bytes, long expected)
    {
        var reader = new PackStreamReader(Hex.Parse(bytes));
        Assert.Equal(expected, reader.ReadInt());
        Assert.True(reader.AtEnd);
    }

    [Theory]
    [InlineData("C1 3F F0 00 00 00 00 00 00")]
    [InlineData("81 41")]
    [InlineData("C0")]
    public void ReadInt_refuses_what_is_not_an_integer(string bytes) =>
        Assert.Throws<ProtocolException>(() => new PackStreamReader(Hex.Parse(bytes)).ReadInt());

    [Fact]
    public void Map_keys_and_labels_read_with_a_cache_are_shared_between_records()
    {
        // Node(id 1, ["Fighter"], {alias: "x"}, "4:x:1"), twice.
        var bytes = Hex.Parse("B4 4E 01 91 87 46 69 67 68 74 65 72 A1 85 61 6C 69 61 73 81 78 85 34 3A 78 3A 31");
        // A slot keeps the last string hashed to it and string hashes are randomised per process: with 64 slots two of the
        // record's four strings shared a slot in ~5 % of runs (the second read then missed; CI failed once so). 65,536
        // slots make that ~0.01 %.
        var cache = new StringCache(1 << 16);
        var first = Assert.IsType<Node>(new PackStreamReader(bytes, cache).ReadValue());
        var second = Assert.IsType<Node>(new PackStreamReader(bytes, cache).ReadValue());
        Assert.Equal(["Fighter"], second.Labels);
        Assert.Equal("x", second["alias"]);
        Assert.Same(first.Labels[0], second.Labels[0]);
        Assert.Same(first.Properties.Keys.Single(), second.Properties.Keys.Single());
        Assert.Same(first.ElementId, second.ElementId);
    }

    [Fact]
    public void A_label_that_is_not_a_string_is_a_protocol_error() =>
        Assert.Throws<ProtocolException>(() => new PackStreamReader(Hex.Parse("B4 4E 01 91 01 A0 81 78")).ReadValue());
}
