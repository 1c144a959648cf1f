namespace GraphServer.Bolt.PackStream;

/// <summary>
/// Integers arrive as <c>long</c> in an <c>object</c> (the decode mapping); the small ones (counts, years, flags,
/// positions) are boxed once here instead of once per value. A box is immutable, so sharing it changes nothing.
/// </summary>
internal static class BoxedIntegers
{
    private const long Lowest = -128;
    private const long Highest = 1023;

    private static readonly object[] Boxes =
        Enumerable.Range((int)Lowest, (int)(Highest - Lowest + 1)).Select(v => (object)(long)v).ToArray();

    public static object Of(long value) => value is >= Lowest and <= Highest ? Boxes[value - Lowest] : value;
}
