using GraphQL.DataLoader;
using GraphServer.Store;

namespace GraphServer.Schema.Paging;

/// <summary>
/// One parent's page of a relationship connection: the neighbours with their relationships, where the page sits, and
/// how to count them all (asked of the store only when a query selects <c>totalCount</c>).
/// </summary>
internal sealed record RelationshipPage(IReadOnlyList<Neighbour> Rows, long Offset, bool HasNextPage, Func<IDataLoaderResult<long>> Count)
    : IPageInfo
{
    public bool HasPreviousPage => Offset > 0;

    public string? StartCursor => Rows.Count == 0 ? null : OffsetCursor.Encode(Offset);

    public string? EndCursor => Rows.Count == 0 ? null : OffsetCursor.Encode(Offset + Rows.Count - 1);

    public IEnumerable<RelationshipEdge> Edges => Rows.Select((row, i) => new RelationshipEdge(OffsetCursor.Encode(Offset + i), row));
}
