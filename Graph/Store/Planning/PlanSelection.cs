namespace GraphServer.Store.Planning;

/// <summary>
/// One relationship selection of a plan: for every node of the level above (its parents; only those labelled
/// <see cref="ParentLabel"/> when it is set) the neighbours <see cref="Query"/> asks for, exactly as
/// <see cref="IGraphStore.GetNeighboursAsync"/> would return them (its <c>ParentIds</c> are ignored), and with
/// <see cref="Count"/> the per-parent count of <see cref="IGraphStore.CountNeighboursAsync"/> (paging ignored). A class,
/// not a record: a result is looked up by the selection itself, so two equal selections stay two entries.
/// </summary>
public sealed class PlanSelection(NeighbourQuery query, IReadOnlyList<PlanSelection> children)
{
    public NeighbourQuery Query { get; } = query;

    /// <summary>Selections whose parents are this selection's neighbours.</summary>
    public IReadOnlyList<PlanSelection> Children { get; } = children;

    public bool Count { get; init; }

    public string? ParentLabel { get; init; }
}
