using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Timeline;

/// <summary>
/// The dated events within some hops of a node, in two store calls whatever the graph's size: the neighbourhood over
/// every relationship but the citation (a walk through a Source would reach everything that cites it), then the sources
/// of the events kept. Distances come from a breadth-first walk over the neighbourhood's own relationships: the store keeps
/// the nearest nodes first, so every kept node's shortest path runs through kept nodes. Under asOf both calls see the graph
/// as known on that day: later nodes and links are not walked, later sources not listed.
/// </summary>
internal sealed class TimelineBuilder(IGraphStore store, GraphModel model, int nodeLimit)
{
    private readonly NodeType _event = model.GetNode("Event");
    private readonly string _date = model.GetNode("Event").KnownFrom?.Name
        ?? throw new InvalidOperationException("Event declares no known-from date.");
    private readonly IReadOnlyList<string> _types = [.. model.RelationshipTypes.Where(r => !r.IsCitation).Select(r => r.Type)];

    /// <returns>The entries, and whether the node limit cut the neighbourhood (events further out may be missing).</returns>
    public async Task<(IReadOnlyList<TimelineEntry> Entries, bool Truncated)> BuildAsync(
        string of, int hops, string? from, string? to, int first, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var query = new NeighbourhoodQuery([of], hops) { Types = _types, Limit = nodeLimit, AsOf = asOf };
        var around = await store.GetNeighbourhoodAsync(query, cancellationToken).ConfigureAwait(false);
        var distances = Distances(of, around);
        var start = from is null ? DateOnly.MinValue : PartialDates.FirstDay(from);
        var end = to is null ? DateOnly.MaxValue : PartialDates.LastDay(to);
        var kept = around.Nodes
            .Where(n => n.Label == _event.Label && n[_date] is string date && distances.ContainsKey(n.Id)
                && PartialDates.LastDay(date) >= start && PartialDates.FirstDay(date) <= end)
            .Select(n => new TimelineEntry(n, (string)n[_date]!, distances[n.Id], []))
            .Order(TimelineOrder.Instance)
            .Take(first)
            .ToList();
        if (kept.Count == 0)
        {
            return ([], around.Truncated);
        }

        // A find rather than a get: only it takes asOf, which also drops the sources not yet published on that day.
        var events = await store.FindNodesAsync(new NodeQuery(_event.Label)
        {
            Where = Filter.In(CommonProperties.Id, [.. kept.Select(e => (object)e.Event.Id)]), Take = kept.Count, AsOf = asOf, WithSources = true,
        }, cancellationToken).ConfigureAwait(false);
        var cited = events.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return ([.. kept.Select(e => e with { Sources = cited.GetValueOrDefault(e.Event.Id)?.Sources ?? [] })], around.Truncated);
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
