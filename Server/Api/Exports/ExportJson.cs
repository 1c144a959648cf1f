using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GraphServer.Api.Exports;

/// <summary>What the JSON formats share: the encoder, values with their JSON types, and handing chunks to the response.</summary>
internal static class ExportJson
{
    /// <summary>Names in any script stay readable, while markup characters stay escaped (\u003C) in case a browser renders the file.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static Utf8JsonWriter Create(Stream output) =>
        new(output, new JsonWriterOptions { Indented = false, Encoder = Encoder });

    /// <summary>Utf8JsonWriter keeps everything until flushed: flush after each record so the sink can pass it on.</summary>
    public static ValueTask DrainAsync(Utf8JsonWriter json, ExportSink sink, CancellationToken cancellationToken)
    {
        json.Flush();
        return sink.DrainAsync(cancellationToken);
    }

    public static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(ExportValues.Text(value));
                break;
        }
    }
}
