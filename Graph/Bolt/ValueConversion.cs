using System.Globalization;

namespace GraphServer.Bolt;

/// <summary>Converts decoded values for <see cref="BoltRecord.Get{T}(string)"/>: numeric narrowing, temporal to .NET types.</summary>
internal static class ValueConversion
{
    public static T To<T>(object? value, string key)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null)
        {
            return default(T) is null ? default! : throw new InvalidCastException($"'{key}' is null and cannot become {typeof(T)}.");
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object? converted = value switch
        {
            LocalDate date when target == typeof(DateOnly) => date.ToDateOnly(),
            LocalTime time when target == typeof(TimeOnly) => time.ToTimeOnly(),
            LocalDateTime dateTime when target == typeof(DateTime) => dateTime.ToDateTime(),
            ZonedDateTime zoned when target == typeof(DateTimeOffset) => zoned.ToDateTimeOffset(),
            ZonedDateTime zoned when target == typeof(DateTime) => zoned.ToDateTimeOffset().UtcDateTime,
            long or double when target.IsPrimitive || target == typeof(decimal) => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            _ => null,
        };
        return converted is not null
            ? (T)converted
            : throw new InvalidCastException($"'{key}' holds {value.GetType().Name}, which cannot become {typeof(T)}.");
    }
}
