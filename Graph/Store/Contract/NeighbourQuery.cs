namespace GraphServer.Store;

/// <summary>
/// Neighbours of many parents at once over one relationship type: one round trip for the whole batch, which is what
/// lets a DataLoader answer a nested list field for a page of parents with a single store call.
/// </summary>
public sealed record NeighbourQuery(IReadOnlyCollection<string> ParentIds, string Type, EdgeDirection Direction)
{
    /// <summary>Ordering of each parent's neighbours by neighbour properties; ties broken by neighbour id.</summary>
    public IReadOnlyList<SortField> Order { get; init; } = [];

    /// <summary>At most this many neighbours per parent, after ordering; null for all.</summary>
    public int? TakePerParent { get; init; }

    /// <summary>Only neighbours that match; validated against the labels the relationship allows at the far end.</summary>
    public Filter? Where { get; init; }

    /// <summary>Only links and neighbours valid on this day (see <see cref="IGraphStore"/>, "As of").</summary>
    public DateOnly? AsOf { get; init; }
}
