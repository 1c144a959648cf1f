using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Tests.PackStream;

/// <summary>Golden bytes: each value and the exact PackStream v1 encoding the spec requires.</summary>
public sealed class PackStreamEncodingTests
{
    public static TheoryData<string, object?, string> Cases => new()
    {
        { "null", null, "C0" },
        { "true", true, "C3" },
        { "false", false, "C2" },
        { "tiny int 0", 0L, "00" },
        { "tiny int 127", 127L, "7F" },
        { "tiny int -1", -1L, "FF" },
        { "tiny int -16", -16L, "F0" },
        { "int8 -17", -17L, "C8 EF" },
        { "int8 -128", -128L, "C8 80" },
        { "int16 128", 128L, "C9 00 80" },
        { "int16 -129", -129L, "C9 FF 7F" },
        { "int16 32767", 32767L, "C9 7F FF" },
        { "int32 32768", 32768L, "CA 00 00 80 00" },
        { "int32 min", (long)int.MinValue, "CA 80 00 00 00" },
        { "int64 2^31", 2147483648L, "CB 00 00 00 00 80 00 00 00" },
        { "int64 max", long.MaxValue, "CB 7F FF FF FF FF FF FF FF" },
        { "int from int", 1234, "C9 04 D2" },
        { "int from byte", (byte)200, "C9 00 C8" },
        { "float 1.1", 1.1, "C1 3F F1 99 99 99 99 99 9A" },
        { "float -0.0", -0.0, "C1 80 00 00 00 00 00 00 00" },
        { "float from float", 1.5f, "C1 3F F8 00 00 00 00 00 00" },
        { "empty string", "", "80" },
        { "tiny string", "A", "81 41" },
        { "utf-8 string", "Größe", "87 47 72 C3 B6 C3 9F 65" },
        { "string8", new string('a', 16), "D0 10 " + string.Join(' ', Enumerable.Repeat("61", 16)) },
        { "bytes", new byte[] { 1, 2, 3 }, "CC 03 01 02 03" },
        { "empty list", Array.Empty<object>(), "90" },
        { "tiny list", new object[] { 1L, 2L, 3L }, "93 01 02 03" },
        { "list of ints", new List<int> { 1, 2 }, "92 01 02" },
        { "list16", Enumerable.Repeat(0L, 256).ToList(), "D5 01 00 " + string.Join(' ', Enumerable.Repeat("00", 256)) },
        { "map", new Dictionary<string, object?> { ["one"] = "eins" }, "A1 83 6F 6E 65 84 65 69 6E 73" },
        { "map of strings", new Dictionary<string, string> { ["a"] = "b" }, "A1 81 61 81 62" },
        { "date", new LocalDate(2024, 2, 29), "B1 44 C9 4D 46" },
        { "date before epoch", new LocalDate(1969, 12, 31), "B1 44 FF" },
        { "local time", new LocalTime(12, 0, 0), "B1 74 CB 00 00 27 4A 48 A7 80 00" },
        { "offset time", new OffsetTime(1, 3600), "B2 54 01 C9 0E 10" },
        { "local date time", new LocalDateTime(1, 2), "B2 64 01 02" },
        { "date time with offset", new ZonedDateTime(1, 2, -3600), "B3 49 01 02 C9 F1 F0" },
        { "date time with zone", new ZonedDateTime(0, 0, 0, "UTC"), "B3 69 00 00 83 55 54 43" },
        { "duration", new Duration(1, 2, 3, 4), "B4 45 01 02 03 04" },
        { "point 2D", new Point(7203, 1, 2), "B3 58 C9 1C 23 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00" },
        {
            "point 3D", new Point(9157, 0, 0, 1),
            "B4 59 C9 23 C5 C1 00 00 00 00 00 00 00 00 C1 00 00 00 00 00 00 00 00 C1 3F F0 00 00 00 00 00 00"
        },
        { "DateOnly as Date", new DateOnly(1970, 1, 2), "B1 44 01" },
        { "TimeSpan as Duration", TimeSpan.FromSeconds(90), "B4 45 00 00 5A 00" },
        { "DateTimeOffset as DateTime", new DateTimeOffset(1970, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), "B3 49 00 00 C9 0E 10" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encodes_to_golden_bytes(string name, object? value, string expected)
    {
        var writer = new PackStreamWriter();
        writer.WriteValue(value);
        Assert.True(expected == Hex.Of(writer.Written), $"{name}: expected {expected}, got {Hex.Of(writer.Written)}");
    }

    [Fact]
    public void Decimal_is_refused_because_Cypher_has_no_decimal()
    {
        var writer = new PackStreamWriter();
        Assert.Throws<NotSupportedException>(() => writer.WriteValue(1.5m));
    }
}
