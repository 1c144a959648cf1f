using System.Text;
using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Tests.PackStream;

/// <summary>The decoder with the shared string cache gives the same values as the plain decoder, for any value.</summary>
public sealed class CachedDecodingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_values_decode_the_same_with_and_without_the_cache(int seed)
    {
        var random = new Random(seed);
        var cache = new StringCache(32); // small, so slots are shared and overwritten all the time
        for (var round = 0; round < 200; round++)
        {
            var writer = new PackStreamWriter();
            WriteRandom(writer, random, depth: 0);
            var bytes = writer.ToArray();
            var plain = new PackStreamReader(bytes).ReadValue();
            var cachedReader = new PackStreamReader(bytes, cache);
            DecodedValues.AssertSame(plain, cachedReader.ReadValue());
            Assert.True(cachedReader.AtEnd);
        }
    }

    [Fact]
    public void Large_lists_and_maps_decode_the_same_and_keep_the_last_value_of_a_repeated_key()
    {
        var writer = new PackStreamWriter();
        writer.WriteListHeader(70_000); // List32
        for (var i = 0; i < 70_000; i++)
        {
            writer.WriteString($"item-{i % 500}");
        }

        writer.WriteMapHeader(300); // Map16, one key repeated at the end
        for (var i = 0; i < 299; i++)
        {
            writer.WriteString($"key{i}");
            writer.WriteInt(i);
        }

        writer.WriteString("key7");
        writer.WriteInt(-7);
        var bytes = writer.ToArray();
        var plainReader = new PackStreamReader(bytes);
        var cachedReader = new PackStreamReader(bytes, StringCache.Shared);
        var (plainList, cachedList) = (plainReader.ReadValue(), cachedReader.ReadValue());
        var (plainMap, cachedMap) = (plainReader.ReadValue(), cachedReader.ReadValue());
        DecodedValues.AssertSame(plainList, cachedList);
        DecodedValues.AssertSame(plainMap, cachedMap);
        Assert.Equal("item-499", ((List<object?>)cachedList!)[69_999]);
        Assert.Equal(-7L, ((Dictionary<string, object?>)cachedMap!)["key7"]);
        Assert.Equal(299, ((Dictionary<string, object?>)cachedMap!).Count);
    }

    [Fact]
    public void A_string_of_a_megabyte_decodes_whole()
    {
        var text = string.Concat(Enumerable.Repeat("Ренат Kraków ", 50_000));
        var writer = new PackStreamWriter();
        writer.WriteString(text);
        Assert.Equal(text, new PackStreamReader(writer.Written, StringCache.Shared).ReadValue());
    }

    private static void WriteRandom(PackStreamWriter writer, Random random, int depth)
    {
        switch (random.Next(depth > 3 ? 6 : 10))
        {
            case 0:
                writer.WriteNull();
                break;
            case 1:
                writer.WriteBool(random.Next(2) == 0);
                break;
            case 2:
                writer.WriteInt(random.Next(4) switch { 0 => random.Next(-200, 1200), 1 => random.NextInt64(), _ => random.Next(-20, 20) });
                break;
            case 3:
                writer.WriteFloat(random.NextDouble() * 1e6);
                break;
            case 4:
            case 5:
                writer.WriteString(RandomText(random));
                break;
            case 6:
                var count = random.Next(12);
                writer.WriteListHeader(count);
                for (var i = 0; i < count; i++)
                {
                    WriteRandom(writer, random, depth + 1);
                }

                break;
            case 7:
                var entries = random.Next(8);
                writer.WriteMapHeader(entries);
                for (var i = 0; i < entries; i++)
                {
                    writer.WriteString(RandomText(random));
                    WriteRandom(writer, random, depth + 1);
                }

                break;
            case 8:
                writer.WriteStructHeader(StructTag.Node, 4);
                writer.WriteInt(random.Next(1000));
                writer.WriteStringList(["Entity", RandomText(random)]);
                writer.WriteMapHeader(2);
                writer.WriteString("id");
                writer.WriteString(RandomText(random));
                writer.WriteString("aliases");
                writer.WriteStringList([RandomText(random), RandomText(random)]);
                writer.WriteString($"4:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:{random.Next(1000)}");
                break;
            default:
                writer.WriteStructHeader(StructTag.Relationship, 8);
                writer.WriteInt(random.Next(1000));
                writer.WriteInt(random.Next(1000));
                writer.WriteInt(random.Next(1000));
                writer.WriteString(RandomText(random));
                writer.WriteMapHeader(1);
                writer.WriteString("role");
                writer.WriteString(RandomText(random));
                writer.WriteString($"5:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:{random.Next(1000)}");
                writer.WriteString($"4:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:{random.Next(1000)}");
                writer.WriteString($"4:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:{random.Next(1000)}");
                break;
        }
    }

    /// <summary>Short and long, ASCII and not: lengths on both sides of <see cref="StringCache.MaxBytes"/>.</summary>
    private static string RandomText(Random random)
    {
        string[] pieces = ["a", "Offer", "ó", "Ренат", "🙂", "fighter-", "0", "7", "—"];
        var builder = new StringBuilder();
        var length = random.Next(4) == 0 ? random.Next(60, 75) : random.Next(0, 6);
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < length)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        return builder.ToString();
    }
}
