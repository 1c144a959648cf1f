using System.Globalization;

namespace GraphServer.Model;

/// <summary>
/// Dates as sources give them: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, never a day invented to fill the gap.
/// Text order is time order for the first day of each, so a from-date compares as its first day with plain string
/// comparison; a to-date (<c>validTo</c>) counts as its last day, which <see cref="LastDay"/> gives.
/// </summary>
public static class PartialDates
{
    public static bool TryParse(string text, out DatePrecision precision)
    {
        precision = text.Length switch
        {
            4 => DatePrecision.Year,
            7 => DatePrecision.Month,
            _ => DatePrecision.Day,
        };
        var format = precision switch
        {
            DatePrecision.Year => "yyyy",
            DatePrecision.Month => "yyyy-MM",
            _ => "yyyy-MM-dd",
        };
        return text.Length is 4 or 7 or 10
            && text.All(c => char.IsAsciiDigit(c) || c == '-')
            && DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    public static bool IsValid(string text) => TryParse(text, out _);

    public static DatePrecision PrecisionOf(string text) =>
        TryParse(text, out var precision) ? precision : throw new FormatException($"'{text}' is not a yyyy, yyyy-MM or yyyy-MM-dd date.");

    /// <summary>The first day a partial date covers: 2024-11 → 2024-11-01.</summary>
    public static DateOnly FirstDay(string text) => PrecisionOf(text) switch
    {
        DatePrecision.Year => new DateOnly(int.Parse(text, CultureInfo.InvariantCulture), 1, 1),
        DatePrecision.Month => DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The last day a partial date covers: 2024-11 → 2024-11-30, 2024 → 2024-12-31.</summary>
    public static DateOnly LastDay(string text) => PrecisionOf(text) switch
    {
        DatePrecision.Year => new DateOnly(int.Parse(text, CultureInfo.InvariantCulture), 12, 31),
        DatePrecision.Month => FirstDay(text).AddMonths(1).AddDays(-1),
        _ => FirstDay(text),
    };
}
