using System.Buffers;
using System.Text;
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

    /// <summary>
    /// The declared properties <paramref name="json"/> holds, in declared order; only those named in
    /// <paramref name="wanted"/> when it is given (a plan's projection: the request reads no other). One forward pass over
    /// the UTF-8 text that stops once every wanted property is found: no document tree is built, and values nobody reads
    /// are skipped, not decoded.
    /// </summary>
    public static Dictionary<string, object?> Read(string json, IReadOnlyList<PropertyDefinition> declared, IReadOnlyList<string>? wanted = null)
    {
        var slots = PropertySlots.Of(declared, wanted);
        var values = new object?[declared.Count];
        var found = 0;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(json.Length);
        var rented = maxBytes > StackBytes ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[StackBytes];
            var length = Encoding.UTF8.GetBytes(json, buffer);
            var reader = new Utf8JsonReader(buffer[..length]);
            reader.Read();
            while (found < slots.Length && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var slot = Match(ref reader, slots);
                reader.Read();
                if (slot is null)
                {
                    reader.Skip();
                    continue;
                }

                values[slot.Index] = Value(ref reader, slot.Kind);
                found++;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        var result = new Dictionary<string, object?>(found, StringComparer.Ordinal);
        for (var index = 0; index < values.Length; index++)
        {
            if (values[index] is not null)
            {
                result[declared[index].Name] = values[index] is Missing ? null : values[index];
            }
        }

        return result;
    }

    /// <summary>Texts up to this many UTF-8 bytes are decoded from the stack.</summary>
    private const int StackBytes = 2048;

    private static PropertySlot? Match(ref Utf8JsonReader reader, PropertySlot[] slots)
    {
        foreach (var slot in slots)
        {
            if (reader.ValueTextEquals(slot.Utf8Name))
            {
                return slot;
            }
        }

        return null;
    }

    private static object Value(ref Utf8JsonReader reader, PropertyKind kind)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Missing.Value;
        }

        switch (kind)
        {
            case PropertyKind.Integer: return reader.GetInt64();
            case PropertyKind.Float: return reader.GetDouble();
            case PropertyKind.Boolean: return reader.GetBoolean();
            case PropertyKind.StringList:
                var list = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(reader.GetString()!);
                }

                return list.ToArray();
            default: return reader.GetString()!;
        }
    }

    /// <summary>A property stored as JSON null: present, with no value (as the document reader gave it).</summary>
    private sealed class Missing
    {
        public static readonly Missing Value = new();
    }
}
