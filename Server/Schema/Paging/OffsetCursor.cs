using System.Globalization;
using System.Text;

namespace GraphServer.Schema.Paging;

/// <summary>An opaque cursor holding a position in an ordered list; base64 so clients do not build them by hand.</summary>
internal static class OffsetCursor
{
    private const string Prefix = "offset:";

    public static string Encode(long offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out long offset)
    {
        offset = -1;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
