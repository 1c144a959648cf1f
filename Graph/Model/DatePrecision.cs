namespace GraphServer.Model;

/// <summary>How much of a date a source gave: a year (<c>2024</c>), a month (<c>2024-11</c>) or a day (<c>2024-11-05</c>).</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
