using System.Globalization;
using System.Text;
using GraphServer.Store.Planning;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// The plan cache's walks (<see cref="CachedStatement"/>) for the roots that are not a page, a lookup or a search: a
/// timeline, a neighbourhood and paths, and for the aggregates of any plan. Each names in its shape what its builder
/// writes into the text (hop bounds, relationship types, labels, projections, whether a day or a window is given) and
/// sets the values its builder sets, the selections' in their order. Each key starts with its root's name, so no two
/// kinds of root share one (the other roots' keys start with their selections).
/// </summary>
public sealed partial class Neo4jStore
{
    /// <summary>Each selection's number (parents before children), which names its variables in the text.</summary>
    private static Dictionary<PlanSelection, int> SelectionNumbers(PlanQuery plan)
    {
        var numbers = new Dictionary<PlanSelection, int>(ReferenceEqualityComparer.Instance);
        foreach (var selection in plan.AllSelections())
        {
            numbers[selection] = numbers.Count;
        }

        return numbers;
    }

    /// <summary>Mirrors <see cref="TimelineStatement"/>.</summary>
    private (string Cypher, CypherParameters Parameters) CachedTimelineStatement(PlanQuery plan, PlanTimeline timeline)
    {
        var types = TraversalLimits.CheckNeighbourhood(_model, timeline.Walk); // Its limit is a value: checked on every request.
        var shape = new StringBuilder("timeline ", ShapeCapacity);
        shape.Append(timeline.Hops).Append(' ').AppendJoin('|', types).Append(' ').Append(timeline.EventLabel).Append('.')
            .Append(timeline.DateProperty).Append(timeline.From is null ? " -" : " from").Append(timeline.To is null ? " -" : " to")
            .Append(timeline.AsOf is null ? " now" : " asOf").Append(" nodes ");
        AppendProjection(shape, plan.RootProperties).Append(' ');
        var values = new CypherParameters();
        SetAsOf(timeline.AsOf, values);
        SetTimelineValues(timeline, values);
        ShapeOfSelections(plan.Selections, shape, values);
        return CachedStatement(shape, values, parameters => TimelineStatement(plan, timeline, parameters));
    }

    /// <summary>The timeline's own values, as <see cref="TimelineStatement"/> names them.</summary>
    private static void SetTimelineValues(PlanTimeline timeline, CypherParameters parameters)
    {
        parameters.Set("of", timeline.Of);
        parameters.Set("limit", (long)timeline.NodeLimit);
        parameters.Set("first", (long)Math.Max(0, timeline.First));
        if (timeline.From is { } from)
        {
            parameters.Set("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (timeline.To is { } to)
        {
            parameters.Set("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Mirrors <see cref="NeighbourhoodStatement"/>.</summary>
    private (string Cypher, CypherParameters Parameters) CachedNeighbourhoodStatement(
        PlanQuery plan, PlanTraversal traversal, NeighbourhoodQuery query, IReadOnlyList<string> types,
        IReadOnlyList<string> edgeProperties)
    {
        var shape = new StringBuilder("neighbourhood ", ShapeCapacity);
        shape.Append(query.Depth).Append(' ').AppendJoin('|', types).Append(query.AsOf is null ? " now" : " asOf")
            .Append(traversal.ReadsEdges ? " edges " : " - ").AppendJoin(',', edgeProperties)
            .Append(" nodes ");
        AppendProjection(shape, plan.RootProperties).Append(' ');
        var values = new CypherParameters();
        SetAsOf(query.AsOf, values);
        ShapeOfSelections(plan.Selections, shape, values);
        SetNeighbourhoodValues(query, values);
        return CachedStatement(
            shape, values, parameters => NeighbourhoodStatement(plan, traversal, query, types, edgeProperties, parameters));
    }

    private static void SetNeighbourhoodValues(NeighbourhoodQuery query, CypherParameters parameters)
    {
        parameters.Set("ids", query.StartIds.Distinct().Cast<object?>().ToList());
        parameters.Set("limit", (long)query.Limit);
    }

    /// <summary>Mirrors <see cref="PathsStatement"/>.</summary>
    private (string Cypher, CypherParameters Parameters) CachedPathsStatement(
        PlanQuery plan, PathQuery query, IReadOnlyList<string> types, IReadOnlyList<string> edgeProperties)
    {
        var shape = new StringBuilder("paths ", ShapeCapacity);
        shape.Append(query.ShortestOnly ? "shortest " : "all ").Append(query.MaxHops).Append(' ').AppendJoin('|', types)
            .Append(query.AsOf is null ? " now" : " asOf").Append(" edges ").AppendJoin(',', edgeProperties)
            .Append(" nodes ");
        AppendProjection(shape, plan.RootProperties).Append(' ');
        var values = new CypherParameters();
        SetAsOf(query.AsOf, values);
        ShapeOfSelections(plan.Selections, shape, values);
        SetPathsValues(query, values);
        return CachedStatement(shape, values, parameters => PathsStatement(plan, query, types, edgeProperties, parameters));
    }

    private static void SetPathsValues(PathQuery query, CypherParameters parameters)
    {
        parameters.Set("from", query.FromId);
        parameters.Set("to", query.ToId);
        parameters.Set("limit", (long)query.Limit);
    }

    /// <summary>Mirrors <see cref="SelectionAggregates"/> for a selection's per-parent aggregates (none: nothing).</summary>
    private void ShapeOfAggregates(PlanSelection selection, StringBuilder shape, CypherParameters values)
    {
        foreach (var aggregate in selection.Aggregates)
        {
            ShapeOfAggregate(aggregate, shape, values, perParent: true);
        }
    }

    /// <summary>
    /// One aggregate: its label, keys, day and parents' relationship in the shape (its grouping clauses follow from them),
    /// its filter's structure and values as <see cref="WithRootAggregates"/> (a root match) or
    /// <see cref="SelectionAggregates"/> (the node's conditions) compile them.
    /// </summary>
    private void ShapeOfAggregate(AggregateQuery query, StringBuilder shape, CypherParameters values, bool perParent)
    {
        var type = _model.GetNode(query.Label);
        shape.Append(" aggregate ").Append(query.Label).Append(' ').AppendJoin(',', query.Keys)
            .Append(query.AsOf is null ? " now" : " asOf");
        if (query.Parents is { } parents)
        {
            shape.Append(" per ").Append(parents.Type).Append(parents.Direction == EdgeDirection.Outgoing ? " out" : " in");
        }

        var where = _filters.Normalise(query.Where, [type.Label]);
        if (perParent)
        {
            SetAsOf(query.AsOf, values);
            ShapeOfFilter(where, shape, values);
        }
        else
        {
            ShapeOfMatch(type, where, query.AsOf, shape, values);
        }
    }
}
