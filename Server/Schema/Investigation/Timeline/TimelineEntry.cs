using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Timeline;

/// <summary>A dated event near the node of a timeline: how many hops away, and the sources that report it.</summary>
internal sealed record TimelineEntry(GraphNode Event, string Date, int Distance, IReadOnlyList<Citation> Sources)
{
    public DatePrecision Precision => PartialDates.PrecisionOf(Date);
}
