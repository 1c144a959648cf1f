namespace GraphServer.Bolt;

/// <summary>A Cypher <c>Date</c> (Bolt structure 0x44): days since 1970-01-01, any year Neo4j accepts.</summary>
public readonly record struct LocalDate(long EpochDay)
{
    public LocalDate(long year, int month, int day)
        : this(CivilCalendar.DaysFromCivil(year, month, day))
    {
    }

    public long Year => CivilCalendar.CivilFromDays(EpochDay).Year;

    public int Month => CivilCalendar.CivilFromDays(EpochDay).Month;

    public int Day => CivilCalendar.CivilFromDays(EpochDay).Day;

    public static LocalDate FromDateOnly(DateOnly date) => new(date.DayNumber - UnixEpochDayNumber);

    /// <summary>Converts to <see cref="DateOnly"/>; throws when the year is outside 1–9999.</summary>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(checked((int)(EpochDay + UnixEpochDayNumber)));

    public override string ToString()
    {
        var (year, month, day) = CivilCalendar.CivilFromDays(EpochDay);
        return FormattableString.Invariant($"{CivilCalendar.FormatYear(year)}-{month:D2}-{day:D2}");
    }

    internal static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;
}
