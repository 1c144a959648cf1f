using GraphQL.Types;
using GraphServer.Model;

namespace GraphServer.Schema.Types;

/// <summary><c>DatePrecision</c>: how much of a date its source gave, beside every date field (<c>firstSeenPrecision</c>).</summary>
internal sealed class DatePrecisionType : EnumerationGraphType
{
    public DatePrecisionType()
    {
        Name = "DatePrecision";
        Description = "How much of a date the source gave; no day or month is ever invented to fill the gap.";
        Add("YEAR", DatePrecision.Year, "Only the year is known (2024).");
        Add("MONTH", DatePrecision.Month, "The year and month are known (2024-11).");
        Add("DAY", DatePrecision.Day, "The day is known (2024-11-05).");
    }
}
