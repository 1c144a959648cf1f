namespace GraphServer.Seed.Generation;

/// <summary>
/// Stateless randomness: every value is a hash of (seed, draw, index, k). SplitMix64's finaliser spreads the bits;
/// the same inputs give the same value on every run and platform.
/// </summary>
internal readonly struct StableRandom(long seed)
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    public ulong Bits(Draw draw, long index, int k = 0)
    {
        var h = Mix((ulong)seed + Golden);
        h = Mix(h ^ ((ulong)draw + 1) * Golden);
        h = Mix(h ^ (ulong)index);
        return Mix(h ^ (ulong)k * Golden);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double Unit(Draw draw, long index, int k = 0) => (Bits(draw, index, k) >> 11) * (1.0 / (1UL << 53));

    public long Below(long count, Draw draw, long index, int k = 0) => (long)(Bits(draw, index, k) % (ulong)count);

    /// <summary>
    /// An index in [0, count) where low indices are far likelier: u^power with power above 1 piles the mass near zero,
    /// which gives the few-recruiters-recruit-most degree skew seen in reporting.
    /// </summary>
    public long Skewed(long count, double power, Draw draw, long index, int k = 0) =>
        Math.Min(count - 1, (long)(count * Math.Pow(Unit(draw, index, k), power)));

    public bool Chance(double probability, Draw draw, long index, int k = 0) => Unit(draw, index, k) < probability;

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
