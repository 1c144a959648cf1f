using GraphServer.Schema.Paging;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>What <c>traces</c> resolves to: a page of traces (one per fighter, by fighter id), its place, and the total.</summary>
internal sealed record TracePage(IReadOnlyList<FighterTrace> Traces, long Offset, long TotalCount) : IPageInfo
{
    public bool HasNextPage => Offset + Traces.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;

    public string? StartCursor => Traces.Count == 0 ? null : OffsetCursor.Encode(Offset);

    public string? EndCursor => Traces.Count == 0 ? null : OffsetCursor.Encode(Offset + Traces.Count - 1);

    public IEnumerable<(string Cursor, FighterTrace Trace)> Edges => Traces.Select((t, i) => (OffsetCursor.Encode(Offset + i), t));
}
