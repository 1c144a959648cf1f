using System.Collections;

namespace GraphServer.Bolt.PackStream;

/// <summary>Maps .NET parameter values to PackStream values and Bolt 5 structures.</summary>
internal static class ValueEncoder
{
    public static void Write(PackStreamWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case string s:
                writer.WriteString(s);
                break;
            case bool b:
                writer.WriteBool(b);
                break;
            case long l:
                writer.WriteInt(l);
                break;
            case int i:
                writer.WriteInt(i);
                break;
            case short sh:
                writer.WriteInt(sh);
                break;
            case sbyte sb:
                writer.WriteInt(sb);
                break;
            case byte by:
                writer.WriteInt(by);
                break;
            case ushort us:
                writer.WriteInt(us);
                break;
            case uint ui:
                writer.WriteInt(ui);
                break;
            case ulong ul:
                writer.WriteInt(ul <= long.MaxValue ? (long)ul
                    : throw new ArgumentOutOfRangeException(nameof(value), "ulong values above long.MaxValue do not fit a Cypher Integer."));
                break;
            case double d:
                writer.WriteFloat(d);
                break;
            case float f:
                writer.WriteFloat(f);
                break;
            case char c:
                writer.WriteString(c.ToString());
                break;
            case byte[] bytes:
                writer.WriteBytes(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                writer.WriteBytes(memory.Span);
                break;
            case decimal:
                // Cypher has no decimal type; silently rounding to double would corrupt money values.
                throw new NotSupportedException("decimal parameters are not supported: Cypher has no decimal type; convert to double or string.");
            default:
                WriteComplex(writer, value);
                break;
        }
    }

    private static void WriteComplex(PackStreamWriter writer, object value)
    {
        switch (value)
        {
            case LocalDate date:
                writer.WriteStructHeader(StructTag.Date, 1);
                writer.WriteInt(date.EpochDay);
                break;
            case DateOnly dateOnly:
                Write(writer, LocalDate.FromDateOnly(dateOnly));
                break;
            case LocalTime time:
                writer.WriteStructHeader(StructTag.LocalTime, 1);
                writer.WriteInt(time.NanosecondOfDay);
                break;
            case TimeOnly timeOnly:
                Write(writer, LocalTime.FromTimeOnly(timeOnly));
                break;
            case OffsetTime offsetTime:
                writer.WriteStructHeader(StructTag.Time, 2);
                writer.WriteInt(offsetTime.NanosecondOfDay);
                writer.WriteInt(offsetTime.OffsetSeconds);
                break;
            case LocalDateTime localDateTime:
                writer.WriteStructHeader(StructTag.LocalDateTime, 2);
                writer.WriteInt(localDateTime.EpochSecond);
                writer.WriteInt(localDateTime.Nanosecond);
                break;
            case ZonedDateTime zoned:
                WriteZoned(writer, zoned);
                break;
            case DateTimeOffset offset:
                WriteZoned(writer, ZonedDateTime.FromDateTimeOffset(offset));
                break;
            case DateTime dateTime:
                // Unspecified kind carries no zone, so it is a LocalDateTime; Utc and Local are instants.
                if (dateTime.Kind == DateTimeKind.Unspecified)
                {
                    Write(writer, LocalDateTime.FromDateTime(dateTime));
                }
                else
                {
                    WriteZoned(writer, ZonedDateTime.FromDateTimeOffset(new DateTimeOffset(dateTime)));
                }

                break;
            case Duration duration:
                writer.WriteStructHeader(StructTag.Duration, 4);
                writer.WriteInt(duration.Months);
                writer.WriteInt(duration.Days);
                writer.WriteInt(duration.Seconds);
                writer.WriteInt(duration.Nanoseconds);
                break;
            case TimeSpan timeSpan:
                Write(writer, Duration.FromTimeSpan(timeSpan));
                break;
            case Point point:
                WritePoint(writer, point);
                break;
            case IReadOnlyDictionary<string, object?> readOnlyMap:
                writer.WriteMap(readOnlyMap);
                break;
            case IDictionary map:
                WriteDictionary(writer, map);
                break;
            case Node or Relationship or GraphPath:
                throw new NotSupportedException("Nodes, relationships and paths cannot be sent as parameters; send their element ids.");
            case IEnumerable list:
                writer.WriteList(list);
                break;
            default:
                throw new NotSupportedException($"Values of type {value.GetType()} cannot be sent as Bolt parameters.");
        }
    }

    private static void WriteZoned(PackStreamWriter writer, ZonedDateTime value)
    {
        writer.WriteStructHeader(value.ZoneId is null ? StructTag.DateTime : StructTag.DateTimeZoneId, 3);
        writer.WriteInt(value.EpochSecond);
        writer.WriteInt(value.Nanosecond);
        if (value.ZoneId is null)
        {
            writer.WriteInt(value.OffsetSeconds);
        }
        else
        {
            writer.WriteString(value.ZoneId);
        }
    }

    private static void WritePoint(PackStreamWriter writer, Point point)
    {
        writer.WriteStructHeader(point.Z is null ? StructTag.Point2D : StructTag.Point3D, point.Z is null ? 3 : 4);
        writer.WriteInt(point.Srid);
        writer.WriteFloat(point.X);
        writer.WriteFloat(point.Y);
        if (point.Z is { } z)
        {
            writer.WriteFloat(z);
        }
    }

    private static void WriteDictionary(PackStreamWriter writer, IDictionary map)
    {
        writer.WriteMapHeader(map.Count);
        foreach (DictionaryEntry entry in map)
        {
            writer.WriteString(entry.Key as string
                ?? throw new NotSupportedException("Map parameters need string keys."));
            Write(writer, entry.Value);
        }
    }
}
