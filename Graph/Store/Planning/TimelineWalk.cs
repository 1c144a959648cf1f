using GraphServer.Model;

namespace GraphServer.Store.Planning;

/// <summary>
/// A <see cref="PlanTimeline"/> answered with the contract's calls: the neighbourhood, a cut by date and distance here,
/// then the kept events again with their sources (a find, the only call that takes asOf, which also drops the sources not
/// yet published on the day). Distances come from a breadth-first walk over the neighbourhood's own relationships: the
/// store keeps the nearest nodes first, so every kept node's shortest path runs through kept nodes. Neo4j answers the same
/// root inside its plan statement; this is the answer it must equal.
/// </summary>
public static class TimelineWalk
{
    /// <summary>The kept events in timeline order (with sources), their distances, and whether the node limit cut the walk.</summary>
    public static async Task<(NodePage Events, IReadOnlyList<int> Distances, bool Truncated)> RunAsync(
        PlanTimeline timeline,
        Func<NeighbourhoodQuery, CancellationToken, Task<Subgraph>> neighbourhood,
        Func<NodeQuery, CancellationToken, Task<NodePage>> find,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(neighbourhood);
        ArgumentNullException.ThrowIfNull(find);
        var around = await neighbourhood(timeline.Walk, cancellationToken).ConfigureAwait(false);
        var distances = Distances(timeline.Of, around);
        var start = timeline.From ?? DateOnly.MinValue;
        var end = timeline.To ?? DateOnly.MaxValue;
        var kept = around.Nodes
            .Where(n => n.Label == timeline.EventLabel && n[timeline.DateProperty] is string date && distances.ContainsKey(n.Id)
                && PartialDates.LastDay(date) >= start && PartialDates.FirstDay(date) <= end)
            .Select(n => (Node: n, Date: (string)n[timeline.DateProperty]!, Distance: distances[n.Id]))
            .OrderBy(e => PartialDates.FirstDay(e.Date))
            .ThenBy(e => PartialDates.PrecisionOf(e.Date))
            .ThenBy(e => e.Distance)
            .ThenBy(e => e.Node.Id, StringComparer.Ordinal)
            .Take(Math.Max(0, timeline.First))
            .ToList();
        if (kept.Count == 0)
        {
            return (new NodePage([], 0), [], around.Truncated);
        }

        var events = await find(new NodeQuery(timeline.EventLabel)
        {
            Where = Filter.In(CommonProperties.Id, [.. kept.Select(e => (object)e.Node.Id)]),
            Take = kept.Count,
            AsOf = timeline.AsOf,
            WithSources = true,
        }, cancellationToken).ConfigureAwait(false);
        var cited = events.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var nodes = kept.Select(e => e.Node with { Sources = cited.GetValueOrDefault(e.Node.Id)?.Sources ?? [] }).ToList();
        return (new NodePage(nodes, nodes.Count), [.. kept.Select(e => e.Distance)], around.Truncated);
    }

    private static Dictionary<string, int> Distances(string of, Subgraph around)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        if (around.Nodes.All(n => n.Id != of))
        {
            return distances;
        }

        var links = around.Edges.SelectMany(e => new[] { (e.FromId, e.ToId), (e.ToId, e.FromId) })
            .ToLookup(l => l.Item1, l => l.Item2, StringComparer.Ordinal);
        distances[of] = 0;
        var front = new List<string> { of };
        while (front.Count > 0)
        {
            var next = new List<string>();
            foreach (var id in front)
            {
                foreach (var far in links[id])
                {
                    if (distances.TryAdd(far, distances[id] + 1))
                    {
                        next.Add(far);
                    }
                }
            }

            front = next;
        }

        return distances;
    }
}
