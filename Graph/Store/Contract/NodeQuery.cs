namespace GraphServer.Store;

/// <summary>
/// A page of nodes of one label that match <see cref="Where"/>: ordered, then <see cref="Skip"/> rows passed over and
/// at most <see cref="Take"/> returned. The page's total counts every match, not just the page.
/// </summary>
public sealed record NodeQuery(string Label)
{
    public Filter? Where { get; init; }

    public IReadOnlyList<SortField> Order { get; init; } = [];

    public int Skip { get; init; }

    /// <summary>
    /// Keyset paging: only nodes that come after the node with this id in the query's order (ties broken by id), then
    /// <see cref="Skip"/> and <see cref="Take"/> as usual. Unlike an offset, the page stays put while nodes are added
    /// before it. The total still counts every match. The node need not match the query itself: its stored sort values
    /// mark the position. An id that is not stored gives an empty page.
    /// </summary>
    public string? AfterId { get; init; }

    public int Take { get; init; } = 50;

    /// <summary>Only nodes visible on this day (see <see cref="IGraphStore"/>, "As of").</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Fill <see cref="GraphNode.Sources"/> of every node of the page, in the same store call.</summary>
    public bool WithSources { get; init; }
}
