using System.Globalization;
using System.Text;

namespace GraphServer.Api.Exports;

/// <summary>Values as text for the XML formats: invariant culture, lists joined with '|', no characters XML 1.0 forbids.</summary>
internal static class ExportValues
{
    public const char ListSeparator = '|';

    public static string Text(object value) => Clean(value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(ListSeparator, list),
        _ => value.ToString() ?? string.Empty,
    });

    /// <summary>
    /// Drops control characters and lone surrogates, which no XML 1.0 document may contain even escaped; XmlWriter would
    /// throw on them mid-file. Everything else (markup characters, quotes, any script) XmlWriter escapes itself.
    /// </summary>
    public static string Clean(string text)
    {
        if (text.All(IsPlain))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (IsPlain(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsPlain(char c) => c is '\t' or '\n' or '\r' or (>= ' ' and < '\uD800') or (> '\uDFFF' and < '\uFFFE');
}
