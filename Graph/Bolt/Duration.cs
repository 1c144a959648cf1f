using System.Globalization;

namespace GraphServer.Bolt;

/// <summary>A Cypher <c>Duration</c> (Bolt structure 0x45): months, days and seconds are kept apart, as Cypher does.</summary>
public readonly record struct Duration(long Months, long Days, long Seconds, int Nanoseconds)
{
    public static Duration FromTimeSpan(TimeSpan value) =>
        new(0, 0, CivilCalendar.FloorDiv(value.Ticks, TimeSpan.TicksPerSecond),
            (int)(CivilCalendar.FloorMod(value.Ticks, TimeSpan.TicksPerSecond) * 100));

    public override string ToString()
    {
        var seconds = Seconds + (Nanoseconds / 1_000_000_000m);
        return FormattableString.Invariant($"P{Months}M{Days}DT") + seconds.ToString("0.#########", CultureInfo.InvariantCulture) + "S";
    }
}
