using GraphServer.Model;

namespace GraphServer.Schema.Investigation.Timeline;

/// <summary>
/// Timeline order for dates as precise as their sources: by first day (2024 and 2024-01 both start on 2024-01-01), then
/// the coarser date first (a year's event opens the period its finer neighbours fall in), then the nearer, then by id.
/// </summary>
internal sealed class TimelineOrder : IComparer<TimelineEntry>
{
    public static TimelineOrder Instance { get; } = new();

    public int Compare(TimelineEntry? x, TimelineEntry? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var byDay = PartialDates.FirstDay(x.Date).CompareTo(PartialDates.FirstDay(y.Date));
        if (byDay != 0)
        {
            return byDay;
        }

        var byPrecision = x.Precision.CompareTo(y.Precision);
        return byPrecision != 0 ? byPrecision
            : x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance)
            : string.CompareOrdinal(x.Event.Id, y.Event.Id);
    }
}
