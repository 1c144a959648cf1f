namespace GraphServer.Schema.Paging;

/// <summary>
/// Page sizes, bound from the configuration section <c>GraphServer:Paging</c>; defaults protect a public server from
/// one request asking for the whole graph. The cost analysis counts an unpaged field at exactly the size its resolver
/// will apply, so what a query costs and what it returns agree.
/// </summary>
public sealed record PagingOptions
{
    public const string Section = "GraphServer:Paging";

    /// <summary>Items per page of a root collection, <c>search</c> and <c>neighborhood</c> when first/last is not given.</summary>
    public int DefaultPageSize { get; init; } = 50;

    /// <summary>
    /// Neighbours per parent of a relationship field when first/last is not given. Smaller than a root page because it
    /// multiplies: three nested relationship fields under a root page of 50 return at most 50 × 10 × 10 × 10 records,
    /// which keeps a natural question (a country's offers, their channels and the channels' operators) under the
    /// default cost limit. Hot Chocolate's paging convention uses the same default.
    /// </summary>
    public int RelationshipPageSize { get; init; } = 10;

    /// <summary>Largest first/last accepted anywhere.</summary>
    public int MaxPageSize { get; init; } = 500;
}
