namespace GraphServer.Bolt;

/// <summary>A Cypher <c>Time</c> (Bolt structure 0x54): a local time of day plus its UTC offset.</summary>
public readonly record struct OffsetTime(long NanosecondOfDay, int OffsetSeconds)
{
    public LocalTime LocalTime => new(NanosecondOfDay);

    public override string ToString() =>
        CivilCalendar.FormatTime(NanosecondOfDay) + CivilCalendar.FormatOffset(OffsetSeconds);
}
