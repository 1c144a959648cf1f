using System.Globalization;
using GraphServer.Store.Planning;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// A timeline root inside the plan's ONE statement: the walk as <see cref="GetNeighbourhoodAsync"/> makes it (a breadth-first
/// ANY SHORTEST per reached node, nearest first then by id, one node past the limit to tell a cut), each kept node with
/// its distance; of those the dated events that may fall in the window, ordered and cut in the database (first day as text,
/// then the coarser date, the nearer, the id), each with its sources and the plan's selections below it. The answer is
/// <see cref="TimelineWalk"/>'s (the level-by-level reading, which the embedded store and the DataLoader path use).
/// </summary>
public sealed partial class Neo4jStore
{
    private async Task<PlanResult> RunTimelinePlanAsync(PlanQuery plan, CancellationToken cancellationToken)
    {
        var timeline = plan.Timeline!;
        var (cypher, parameters) = CachedTimelineStatement(plan, timeline);
        var record = (await ReadAsync(cypher, parameters, cancellationToken)).Records[0];
        var reading = new PlanReading();
        var nodes = new List<GraphNode>();
        var distances = new List<int>();
        IReadOnlyList<string> labels = [timeline.EventLabel];
        foreach (var item in (IReadOnlyList<object?>)record["page"]!)
        {
            var values = (IReadOnlyList<object?>)item!;
            var position = 0;
            var node = ReadNode(values, ref position, plan.RootProperties, labels);
            distances.Add(Convert.ToInt32(values[position++], CultureInfo.InvariantCulture));
            node = WithSources(node, values[position++]);
            nodes.Add(node);
            ReadSelections(plan.Selections, node, values, ref position, reading);
        }

        return reading.Into(new PlanResult(new NodePage(nodes, nodes.Count)) { Distances = distances, Truncated = (bool)record["truncated"]! });
    }

    /// <summary>The timeline plan's text, its values into <paramref name="parameters"/> (<see cref="CachedTimelineStatement"/>).</summary>
    private string TimelineStatement(PlanQuery plan, PlanTimeline timeline, CypherParameters parameters)
    {
        var types = TraversalLimits.CheckNeighbourhood(_model, timeline.Walk);
        var start = NodeConditions(parameters, null, "s", AllLabels, timeline.AsOf);
        start.Insert(0, "s.id = $of");
        SetTimelineValues(timeline, parameters);
        var eventLabel = Cypher.Name(_model.GetNode(timeline.EventLabel).Label);
        var date = "n." + Cypher.Name(timeline.DateProperty);
        var window = new List<string> { $"n:{eventLabel}", $"{date} IS :: STRING NOT NULL" };
        if (timeline.From is not null)
        {
            // The event's last day is on or after $from: its own text is not before $from cut to its length.
            window.Add($"{date} >= left($from, size({date}))");
        }

        if (timeline.To is not null)
        {
            window.Add($"{date} <= left($to, size({date}))");
        }

        var (calls, columns) = SelectionCalls(plan.Selections, "n", SelectionNumbers(plan), parameters);
        var firstDay = $"CASE size({date}) WHEN 4 THEN {date} + '-01-01' WHEN 7 THEN {date} + '-01' ELSE {date} END";
        var sources = CypherSources.OfNode(_model, "n", timeline.AsOf is not null);
        var depth = timeline.Hops.ToString(CultureInfo.InvariantCulture);
        return $"""
            MATCH (s:{Cypher.EntityLabel}) WHERE {string.Join(" AND ", start)}
            MATCH p = ANY SHORTEST (s){Step(types, timeline.AsOf)}{"{"}0,{depth}{"}"}(n)
            WITH n, min(length(p)) AS dist ORDER BY dist, n.id LIMIT $limit + 1
            WITH collect([n, dist]) AS found
            WITH found[..$limit] AS kept, size(found) > $limit AS truncated
            CALL (kept) {"{"}
              UNWIND kept AS k WITH k[0] AS n, k[1] AS distance WHERE {string.Join(" AND ", window)}
              WITH n, distance ORDER BY {firstDay}, size({date}), distance, n.id LIMIT $first{calls}
              RETURN collect([{NodeColumns("n", plan.RootProperties, [timeline.EventLabel])}, distance, {sources}{columns}]) AS page
            {"}"}
            RETURN truncated, page
            """;
    }
}
