namespace GraphServer.Schema.Paging;

/// <summary>What <c>PageInfo</c> reads from a page, whether of a root collection or of one parent's relationship.</summary>
internal interface IPageInfo
{
    bool HasNextPage { get; }

    bool HasPreviousPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}
