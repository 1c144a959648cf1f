namespace GraphServer.Store;

/// <summary>
/// Neighbours of many parents at once over one relationship type: one round trip for the whole batch, which is what
/// lets a DataLoader answer a nested list field for a page of parents with a single store call.
/// </summary>
public sealed record NeighbourQuery(IReadOnlyCollection<string> ParentIds, string Type, EdgeDirection Direction)
{
    /// <summary>Ordering of each parent's neighbours by neighbour properties; ties broken by neighbour id.</summary>
    public IReadOnlyList<SortField> Order { get; init; } = [];

    /// <summary>At most this many neighbours per parent, after ordering and <see cref="SkipPerParent"/>; null for all.</summary>
    public int? TakePerParent { get; init; }

    /// <summary>Passes over this many of each parent's neighbours, in order, before <see cref="TakePerParent"/> (cursor paging).</summary>
    public int SkipPerParent { get; init; }

    /// <summary>Only neighbours that match; validated against <see cref="FarLabels"/>.</summary>
    public Filter? Where { get; init; }

    /// <summary>
    /// Only neighbours with one of these labels (a subset of those the relationship allows at the far end); null for every
    /// allowed label. The label test comes before filtering and paging, in the database.
    /// </summary>
    public IReadOnlyList<string>? FarLabels { get; init; }

    /// <summary>Only links and neighbours valid on this day (see <see cref="IGraphStore"/>, "As of").</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Fill <c>Sources</c> of every returned node and edge, in the same store call (one statement on Neo4j).</summary>
    public bool WithSources { get; init; }
}
