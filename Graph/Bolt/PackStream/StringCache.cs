using System.Text;

namespace GraphServer.Bolt.PackStream;

/// <summary>
/// Short strings decoded once and handed out again: property names, labels, relationship types, element ids and ids
/// repeat in every record and every request, and decoding each afresh was the largest share of the bytes a result
/// allocates. A fixed table of slots chosen by the text's hash; a slot holds the last string that hashed there, so a
/// miss costs one new string as before and memory stays bounded. Safe to share between connections: a slot is one
/// reference, read and written whole, and a hit is only taken after comparing the text, so a race is a miss.
/// </summary>
internal sealed class StringCache
{
    /// <summary>Longer strings (quotes, descriptions) rarely repeat and are decoded every time.</summary>
    public const int MaxBytes = 64;

    private readonly string?[] _slots;
    private readonly int _mask;

    public StringCache(int slots)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "The slot count must be a power of two.");
        }

        _slots = new string?[slots];
        _mask = slots - 1;
    }

    /// <summary>The one the driver's connections share: 4,096 slots (32 KB of references plus the strings).</summary>
    public static StringCache Shared { get; } = new(4096);

    /// <summary>The string of <paramref name="utf8"/>; invalid bytes become U+FFFD as with <see cref="Encoding.UTF8"/>.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        // UTF-8 never needs more UTF-16 units than bytes, so the text fits.
        Span<char> buffer = stackalloc char[MaxBytes];
        var text = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
        var slot = string.GetHashCode(text) & _mask;
        var cached = Volatile.Read(ref _slots[slot]);
        if (cached is not null && text.SequenceEqual(cached))
        {
            return cached;
        }

        var created = new string(text);
        Volatile.Write(ref _slots[slot], created);
        return created;
    }
}
