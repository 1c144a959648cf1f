namespace GraphServer.Bolt;

/// <summary>A Cypher <c>LocalTime</c> (Bolt structure 0x74), nanosecond precision.</summary>
public readonly record struct LocalTime(long NanosecondOfDay)
{
    public LocalTime(int hour, int minute, int second, int nanosecond = 0)
        : this((((hour * 60L) + minute) * 60 + second) * 1_000_000_000 + nanosecond)
    {
    }

    public int Hour => (int)(NanosecondOfDay / 3_600_000_000_000);

    public int Minute => (int)(NanosecondOfDay / 60_000_000_000 % 60);

    public int Second => (int)(NanosecondOfDay / 1_000_000_000 % 60);

    public int Nanosecond => (int)(NanosecondOfDay % 1_000_000_000);

    public static LocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Converts to <see cref="TimeOnly"/>, truncating to its 100 ns ticks.</summary>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / 100);

    public override string ToString() => CivilCalendar.FormatTime(NanosecondOfDay);
}
