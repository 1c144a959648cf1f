using System.Globalization;
using System.Text;

namespace GraphServer.Bolt;

/// <summary>A Cypher <c>Duration</c> (Bolt structure 0x45): months, days and seconds are kept apart, as Cypher does.</summary>
public readonly record struct Duration(long Months, long Days, long Seconds, int Nanoseconds)
{
    public static Duration FromTimeSpan(TimeSpan value) =>
        new(0, 0, CivilCalendar.FloorDiv(value.Ticks, TimeSpan.TicksPerSecond),
            (int)(CivilCalendar.FloorMod(value.Ticks, TimeSpan.TicksPerSecond) * 100));

    /// <summary>ISO-8601 in Cypher's own form (<c>toString(duration)</c>): P1Y2M3DT4H5M6.7S, zero parts left out.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("P");
        Append(text, Months / 12, 'Y');
        Append(text, Months % 12, 'M');
        Append(text, Days, 'D');
        var total = Seconds + (Nanoseconds / 1_000_000_000m);
        var hours = decimal.Truncate(total / 3600);
        var minutes = decimal.Truncate((total - (hours * 3600)) / 60);
        var seconds = total - (hours * 3600) - (minutes * 60);
        if (total != 0 || text.Length == 1)
        {
            text.Append('T');
            Append(text, (long)hours, 'H');
            Append(text, (long)minutes, 'M');
            if (seconds != 0 || (hours == 0 && minutes == 0))
            {
                text.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, long value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
