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

    /// <summary>
    /// False when only the count is wanted (a connection asked for <c>totalCount</c> alone): no row is read, ordered or
    /// cut, the selection has no children, and its rows are empty. Sibling count-only selections that differ only in
    /// their filter may be counted in one pass over the parent's relationships.
    /// </summary>
    public bool ReadsRows { get; init; } = true;

    public string? ParentLabel { get; init; }

    /// <summary>
    /// Aggregates asked of each parent's relationships (a relationship connection's <c>aggregate</c>), answered per parent as
    /// <see cref="IGraphStore.AggregateAsync"/> answers them for these parents (each query's <see cref="AggregateQuery.Parents"/>
    /// gives the type and direction; its ids are ignored). A selection may hold only aggregates (no rows, no count).
    /// </summary>
    public IReadOnlyList<AggregateQuery> Aggregates { get; init; } = [];

    /// <summary>
    /// The far nodes' properties the request reads, <c>id</c> always among them; null: every property. A store may return
    /// more, never fewer: Neo4j projects only these (<c>n{.id, .name}</c>), the embedded store decodes only these.
    /// </summary>
    public IReadOnlyList<string>? NodeProperties { get; init; }

    /// <summary>
    /// The relationships' own properties the request reads; null: every property; empty: none (Neo4j then returns no
    /// relationship at all, and each row's edge carries no properties).
    /// </summary>
    public IReadOnlyList<string>? EdgeProperties { get; init; }
}
