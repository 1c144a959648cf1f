namespace GraphServer.Store.Planning;

/// <summary>
/// A plan's root as a traversal: a neighbourhood (<see cref="Neighbourhood"/>) or the paths between two nodes
/// (<see cref="Paths"/>), answered as <see cref="IGraphStore.GetNeighbourhoodAsync"/> and <see cref="IGraphStore.FindPathsAsync"/>
/// answer them, with the plan's selections run below every node of the answer (each node once). The plan's
/// <see cref="PlanQuery.RootProperties"/> are the nodes' properties the request reads.
/// </summary>
public sealed record PlanTraversal
{
    private PlanTraversal(NeighbourhoodQuery? neighbourhood, PathQuery? paths)
    {
        Neighbourhood = neighbourhood;
        Paths = paths;
    }

    public NeighbourhoodQuery? Neighbourhood { get; }

    public PathQuery? Paths { get; }

    /// <summary>
    /// Whether the relationships are read. A neighbourhood without them answers no relationship at all; a path always
    /// carries its relationships' types and ends (they cost nothing), their properties only as <see cref="EdgeProperties"/> say.
    /// </summary>
    public bool ReadsEdges { get; init; } = true;

    /// <summary>The relationships' own properties the request reads; null: every property; empty: none.</summary>
    public IReadOnlyList<string>? EdgeProperties { get; init; }

    public static PlanTraversal Of(NeighbourhoodQuery query) => new(query, null);

    public static PlanTraversal Of(PathQuery query) => new(null, query);
}
