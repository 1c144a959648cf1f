namespace GraphServer.Store;

/// <summary>A page of nodes of one label: ordered, then <see cref="Skip"/> rows passed over and at most <see cref="Take"/> returned.</summary>
public sealed record NodeQuery(string Label)
{
    public IReadOnlyList<SortField> Order { get; init; } = [];

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}
