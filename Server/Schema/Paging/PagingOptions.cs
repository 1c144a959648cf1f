namespace GraphServer.Schema.Paging;

/// <summary>Page sizes; defaults protect a public server from one request asking for the whole graph.</summary>
public sealed record PagingOptions
{
    public int DefaultPageSize { get; init; } = 50;

    public int MaxPageSize { get; init; } = 500;
}
