namespace GraphServer.Bolt;

/// <summary>A Cypher <c>LocalDateTime</c> (Bolt structure 0x64): seconds since 1970-01-01T00:00 plus nanoseconds.</summary>
public readonly record struct LocalDateTime(long EpochSecond, int Nanosecond)
{
    public LocalDate Date => new(CivilCalendar.FloorDiv(EpochSecond, 86_400));

    public LocalTime Time => new((CivilCalendar.FloorMod(EpochSecond, 86_400) * 1_000_000_000) + Nanosecond);

    public static LocalDateTime FromDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        return new(CivilCalendar.FloorDiv(ticks, TimeSpan.TicksPerSecond),
            (int)(CivilCalendar.FloorMod(ticks, TimeSpan.TicksPerSecond) * 100));
    }

    /// <summary>Converts to an unspecified-kind <see cref="DateTime"/>, truncating to 100 ns ticks.</summary>
    public DateTime ToDateTime() =>
        new(DateTime.UnixEpoch.Ticks + (EpochSecond * TimeSpan.TicksPerSecond) + (Nanosecond / 100), DateTimeKind.Unspecified);

    public override string ToString() => $"{Date}T{Time}";
}
