using GraphServer.Store;

namespace GraphServer.Schema.Paging;

/// <summary>What a connection field resolves to: the page of nodes, its place in the list, and the total.</summary>
internal sealed record ConnectionPage(IReadOnlyList<GraphNode> Nodes, long Offset, long TotalCount) : IPageInfo
{
    /// <summary>The query the page answers (label, where, asOf), for fields that ask more of the same matches (aggregate).</summary>
    public NodeQuery? Query { get; init; }

    public bool HasNextPage => Offset + Nodes.Count < TotalCount;

    public bool HasPreviousPage => Offset > 0;

    public string? StartCursor => Nodes.Count == 0 ? null : OffsetCursor.Encode(Offset);

    public string? EndCursor => Nodes.Count == 0 ? null : OffsetCursor.Encode(Offset + Nodes.Count - 1);

    public IEnumerable<(string Cursor, GraphNode Node)> Edges => Nodes.Select((n, i) => (OffsetCursor.Encode(Offset + i), n));
}
