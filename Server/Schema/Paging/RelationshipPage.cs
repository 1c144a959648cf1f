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
    /// <summary>The question asked of every parent of the level (type, direction, where, asOf), for aggregate.</summary>
    public NeighbourQuery? Query { get; init; }

    /// <summary>The parent whose page this is.</summary>
    public string? ParentId { get; init; }

    public bool HasPreviousPage => Offset > 0;

    public string? StartCursor => Rows.Count == 0 ? null : OffsetCursor.Encode(Offset);

    public string? EndCursor => Rows.Count == 0 ? null : OffsetCursor.Encode(Offset + Rows.Count - 1);

    public IEnumerable<RelationshipEdge> Edges => Rows.Select((row, i) => new RelationshipEdge(OffsetCursor.Encode(Offset + i), row));
}
