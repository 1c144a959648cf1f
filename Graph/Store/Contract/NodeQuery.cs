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

    public int Take { get; init; } = 50;

    /// <summary>Only nodes visible on this day (see <see cref="IGraphStore"/>, "As of").</summary>
    public DateOnly? AsOf { get; init; }
}
