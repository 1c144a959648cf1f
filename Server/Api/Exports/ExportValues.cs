using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphServer.Api.Exports;

/// <summary>
/// Values as text for the XML and CSV formats: invariant culture, no characters XML 1.0 forbids, and a list as one JSON
/// array of strings (<c>["source:a","A | B \"quoted\""]</c>). A separator character would be ambiguous, because titles
/// and ids may contain any character; a JSON array reads back exactly in every language, and each file names its list
/// attributes (<see cref="ExportGraphAttributes.ListAttributes"/>).
/// </summary>
internal static class ExportValues
{
    /// <summary>Only the quote, backslash and control characters are escaped: the text goes into XML or a quoted CSV cell,
    /// which escape markup themselves, and titles in any script stay readable in a spreadsheet.</summary>
    private static readonly JsonWriterOptions ListJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Text(object value) => Clean(value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => List(list),
        _ => value.ToString() ?? string.Empty,
    });

    /// <summary>A list as a JSON array of strings, each item cleaned as any other text (a missing item as empty text, as before).</summary>
    public static string List(IEnumerable<string> items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, ListJson))
        {
            json.WriteStartArray();
            foreach (var item in items)
            {
                json.WriteStringValue(Clean(item ?? string.Empty));
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

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
