using System.Text;
using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Tests.PackStream;

public sealed class StringCacheTests
{
    [Fact]
    public void A_repeated_short_string_comes_back_as_the_same_instance_with_the_same_text()
    {
        var cache = new StringCache(64);
        var first = cache.Get("fighter-00042"u8);
        var second = cache.Get("fighter-00042"u8);
        Assert.Equal("fighter-00042", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Strings_longer_than_the_limit_are_decoded_every_time()
    {
        var cache = new StringCache(64);
        var text = new string('q', StringCache.MaxBytes + 1);
        var bytes = Encoding.UTF8.GetBytes(text);
        var first = cache.Get(bytes);
        var second = cache.Get(bytes);
        Assert.Equal(text, first);
        Assert.Equal(text, second);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void A_string_of_exactly_the_limit_is_cached()
    {
        var cache = new StringCache(64);
        var bytes = Encoding.UTF8.GetBytes(new string('x', StringCache.MaxBytes));
        Assert.Same(cache.Get(bytes), cache.Get(bytes));
    }

    [Theory]
    [InlineData("Kraków")]
    [InlineData("Łódź — Ренат")]
    [InlineData("🙂 emoji in four bytes")]
    [InlineData("")]
    public void Multi_byte_text_decodes_as_utf8_does(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var cache = new StringCache(16);
        Assert.Equal(text, cache.Get(bytes));
        Assert.Equal(text, cache.Get(bytes));
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_characters_as_with_the_plain_decoder()
    {
        byte[] bytes = [0x61, 0xFF, 0x62, 0xC3];
        Assert.Equal(Encoding.UTF8.GetString(bytes), new StringCache(16).Get(bytes));
    }

    [Fact]
    public void Strings_sharing_one_slot_each_come_back_with_their_own_text()
    {
        var cache = new StringCache(1);
        Assert.Equal("Offer", cache.Get("Offer"u8));
        Assert.Equal("Recruiter", cache.Get("Recruiter"u8));
        Assert.Equal("Offer", cache.Get("Offer"u8));
        Assert.Equal("Offe", cache.Get("Offe"u8));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-4)]
    public void The_slot_count_must_be_a_power_of_two(int slots) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StringCache(slots));

    [Fact]
    public void Threads_sharing_a_small_cache_always_get_their_own_text()
    {
        var cache = new StringCache(8);
        var failures = 0;
        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var text = $"w{worker}-{i % 37}";
                if (cache.Get(Encoding.UTF8.GetBytes(text)) != text)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        Assert.Equal(0, failures);
    }
}
