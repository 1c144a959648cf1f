namespace GraphServer.Bolt;

/// <summary>
/// Proleptic Gregorian day arithmetic over the whole <see cref="long"/> range, because Neo4j dates reach far
/// beyond <see cref="DateOnly"/>'s years 1–9999. Uses the era-based days-from-civil method (400-year cycles).
/// </summary>
internal static class CivilCalendar
{
    public static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var monthIndex = month > 2 ? month - 3 : month + 9;
        var dayOfYear = ((153 * monthIndex) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719468;
        var era = (days >= 0 ? days : days - 146096) / 146097;
        var dayOfEra = days - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var monthIndex = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * monthIndex) + 2) / 5) + 1);
        var month = (int)(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        var year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    public static long FloorDiv(long value, long divisor) => (value / divisor) - ((value % divisor) < 0 ? 1 : 0);

    public static long FloorMod(long value, long divisor) => ((value % divisor) + divisor) % divisor;

    public static string FormatYear(long year) =>
        year is >= 0 and <= 9999 ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
        : year.ToString(year < 0 ? "D4" : "+0000", System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatOffset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var sign = offsetSeconds < 0 ? '-' : '+';
        var abs = Math.Abs(offsetSeconds);
        var text = FormattableString.Invariant($"{sign}{abs / 3600:D2}:{abs / 60 % 60:D2}");
        return abs % 60 == 0 ? text : FormattableString.Invariant($"{text}:{abs % 60:D2}");
    }

    public static string FormatTime(long nanosecondOfDay)
    {
        var seconds = nanosecondOfDay / 1_000_000_000;
        var nanos = nanosecondOfDay % 1_000_000_000;
        var text = FormattableString.Invariant($"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}");
        return nanos == 0 ? text : text + "." + nanos.ToString("D9", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
    }
}
