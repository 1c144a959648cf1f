using System.Text.Json;
using GraphServer.Model;

namespace GraphServer.Store.Embedded;

/// <summary>Stores a property map as one JSON object and reads it back in the model's CLR shapes.</summary>
internal static class PropertyJson
{
    public static string Write(IReadOnlyDictionary<string, object?> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (value is null)
                {
                    continue;
                }

                writer.WritePropertyName(name);
                switch (value)
                {
                    case string s: writer.WriteStringValue(s); break;
                    case long l: writer.WriteNumberValue(l); break;
                    case double d: writer.WriteNumberValue(d); break;
                    case bool b: writer.WriteBooleanValue(b); break;
                    case IEnumerable<string> list:
                        writer.WriteStartArray();
                        foreach (var item in list)
                        {
                            writer.WriteStringValue(item);
                        }

                        writer.WriteEndArray();
                        break;
                    default: throw new InvalidOperationException($"Property {name} has an unnormalised value of type {value.GetType()}.");
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static Dictionary<string, object?> Read(string json, IReadOnlyList<PropertyDefinition> declared)
    {
        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in declared)
        {
            if (document.RootElement.TryGetProperty(property.Name, out var element))
            {
                result[property.Name] = property.Kind switch
                {
                    PropertyKind.Integer => element.GetInt64(),
                    PropertyKind.Float => element.GetDouble(),
                    PropertyKind.Boolean => element.GetBoolean(),
                    PropertyKind.StringList => element.EnumerateArray().Select(e => e.GetString()!).ToArray(),
                    _ => element.GetString(),
                };
            }
        }

        return result;
    }
}
