namespace GraphServer.Model.Tests;

public sealed class PartialDatesTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2024-11-05", DatePrecision.Day, "2024-11-05", "2024-11-05")]
    public void A_partial_date_covers_from_its_first_to_its_last_day(string text, DatePrecision precision, string first, string last)
    {
        Assert.Equal(precision, PartialDates.PrecisionOf(text));
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), PartialDates.FirstDay(text));
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), PartialDates.LastDay(text));
    }

    [Theory]
    [InlineData("24")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("2024-1-05")]
    [InlineData("2024/11/05")]
    [InlineData("+2024")]
    public void Anything_but_yyyy_yyyy_MM_or_yyyy_MM_dd_is_not_a_date(string text)
    {
        Assert.False(PartialDates.IsValid(text));
    }

    [Fact]
    public void Text_order_is_the_order_of_first_days()
    {
        string[] dates = ["2024-11-05", "2025", "2024-11", "2024", "2024-10-31"];

        Assert.Equal(dates.OrderBy(PartialDates.FirstDay), dates.Order(StringComparer.Ordinal));
    }
}
