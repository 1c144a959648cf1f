using System.Globalization;

namespace GraphServer.Bolt.Tests;

internal static class Hex
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).Chunk(2).Select(c => new string(c)).Aggregate("", Join);

    public static byte[] Parse(string hex) =>
        hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => byte.Parse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();

    private static string Join(string a, string b) => a.Length == 0 ? b : a + " " + b;
}
