namespace GraphServer.Bolt;

/// <summary>
/// A Cypher <c>DateTime</c>: an instant (UTC seconds since the epoch plus nanoseconds, as Bolt 5 sends it) and either a
/// fixed offset (structure 0x49) or an IANA zone id (structure 0x69), in which case <see cref="OffsetSeconds"/> is the
/// zone's offset at that instant.
/// </summary>
public readonly record struct ZonedDateTime(long EpochSecond, int Nanosecond, int OffsetSeconds, string? ZoneId = null)
{
    public static ZonedDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var ticks = value.UtcTicks - DateTime.UnixEpoch.Ticks;
        return new(CivilCalendar.FloorDiv(ticks, TimeSpan.TicksPerSecond),
            (int)(CivilCalendar.FloorMod(ticks, TimeSpan.TicksPerSecond) * 100), (int)value.Offset.TotalSeconds);
    }

    /// <summary>Builds a zoned value; the offset is looked up in the system time-zone database.</summary>
    public static ZonedDateTime InZone(long epochSecond, int nanosecond, string zoneId) =>
        new(epochSecond, nanosecond, ZoneOffset(epochSecond, zoneId), zoneId);

    /// <summary>The local date and time at <see cref="OffsetSeconds"/>.</summary>
    public LocalDateTime LocalDateTime => new(EpochSecond + OffsetSeconds, Nanosecond);

    public DateTimeOffset ToDateTimeOffset() =>
        new DateTimeOffset(DateTime.UnixEpoch.Ticks + (EpochSecond * TimeSpan.TicksPerSecond) + (Nanosecond / 100), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromSeconds(OffsetSeconds));

    public override string ToString() =>
        LocalDateTime + CivilCalendar.FormatOffset(OffsetSeconds) + (ZoneId is null ? "" : $"[{ZoneId}]");

    internal static int ZoneOffset(long epochSecond, string zoneId)
    {
        // Unknown zones (or instants outside DateTimeOffset's range) keep offset 0 rather than failing a whole result.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) || epochSecond is < -62135596800 or > 253402300799)
        {
            return 0;
        }

        return (int)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(epochSecond)).TotalSeconds;
    }
}
