using GraphServer.Store.Planning;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>The statement of a one-statement plan on its own, without running it (for the statement benchmark).</summary>
public sealed partial class Neo4jStore
{
    /// <summary>
    /// The text and values <see cref="RunPlanAsync"/> would send for <paramref name="plan"/>: through the plan cache, or with
    /// <paramref name="built"/> built afresh as every request built it before the cache held this root's statements.
    /// </summary>
    internal (string Cypher, IReadOnlyDictionary<string, object?> Parameters) StatementOf(PlanQuery plan, bool built)
    {
        var fresh = new CypherParameters();
        (string Cypher, CypherParameters Parameters) statement;
        if (plan.Timeline is { } timeline)
        {
            statement = built ? (TimelineStatement(plan, timeline, fresh), fresh) : CachedTimelineStatement(plan, timeline);
        }
        else if (plan.Traversal is { Neighbourhood: { } around } traversal)
        {
            var types = TraversalLimits.CheckNeighbourhood(_model, around);
            var edgeProperties = TraversalEdgeProperties(traversal, types);
            statement = built
                ? (NeighbourhoodStatement(plan, traversal, around, types, edgeProperties, fresh), fresh)
                : CachedNeighbourhoodStatement(plan, traversal, around, types, edgeProperties);
        }
        else if (plan.Traversal is { Paths: { } paths } along)
        {
            var types = TraversalLimits.CheckPaths(_model, paths);
            var edgeProperties = TraversalEdgeProperties(along, types);
            statement = built
                ? (PathsStatement(plan, paths, types, edgeProperties, fresh), fresh)
                : CachedPathsStatement(plan, paths, types, edgeProperties);
        }
        else
        {
            statement = built ? (WithRootAggregates(plan, fresh, BuildPlanStatement(plan, fresh)), fresh) : PlanStatement(plan);
        }

        return (statement.Cypher, statement.Parameters.Values);
    }
}
