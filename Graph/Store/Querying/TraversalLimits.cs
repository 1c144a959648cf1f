using GraphServer.Model;

namespace GraphServer.Store.Querying;

/// <summary>Checks traversal queries the same way in both stores; the limits protect a public server from runaway walks.</summary>
internal static class TraversalLimits
{
    public const int MaxPathLimit = 1000;
    public const int MaxNeighbourhoodLimit = 10_000;

    /// <summary>The relationship types to follow, checked against the model (empty for all).</summary>
    public static IReadOnlyList<string> CheckPaths(GraphModel model, PathQuery query)
    {
        if (query.MaxHops is < 1 or > PathQuery.MaxHopsLimit)
        {
            throw new ArgumentException($"maxHops must be between 1 and {PathQuery.MaxHopsLimit}.");
        }

        if (query.Limit is < 1 or > MaxPathLimit)
        {
            throw new ArgumentException($"The path limit must be between 1 and {MaxPathLimit}.");
        }

        return Types(model, query.Types);
    }

    public static IReadOnlyList<string> CheckNeighbourhood(GraphModel model, NeighbourhoodQuery query)
    {
        if (query.Depth is < 0 or > NeighbourhoodQuery.MaxDepth)
        {
            throw new ArgumentException($"The depth must be between 0 and {NeighbourhoodQuery.MaxDepth}.");
        }

        if (query.Limit is < 1 or > MaxNeighbourhoodLimit)
        {
            throw new ArgumentException($"The neighbourhood limit must be between 1 and {MaxNeighbourhoodLimit}.");
        }

        return Types(model, query.Types);
    }

    private static IReadOnlyList<string> Types(GraphModel model, IReadOnlyList<string> types) => types
        .Select(t => model.FindRelationship(t)?.Type ?? throw new ArgumentException($"'{t}' is not a relationship type."))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
