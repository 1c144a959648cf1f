using GraphServer.Model;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// The data the stores hold (seed plus <see cref="ContractGraph"/>) in memory, with the contract's rules written the
/// plainest way: as-of visibility, every simple path by brute force, neighbourhoods by breadth-first search. The
/// stores' answers are compared with these.
/// </summary>
internal sealed class ReferenceGraph
{
    private readonly Dictionary<string, GraphNode> _nodes;
    private readonly List<GraphEdge> _edges;

    public ReferenceGraph(params ChangeSet[] changes)
    {
        _nodes = changes.SelectMany(c => c.Nodes).ToDictionary(n => n.Id, StringComparer.Ordinal);
        _edges = changes.SelectMany(c => c.Edges).ToList();
    }

    public IEnumerable<GraphNode> Nodes => _nodes.Values;

    public bool Visible(string id, DateOnly? asOf)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            return false;
        }

        if (asOf is null)
        {
            return true;
        }

        return Valid(node.Properties, asOf.Value) && !After(KnownFrom(node), asOf.Value);
    }

    public bool Visible(GraphEdge edge, DateOnly? asOf) =>
        asOf is null || (Valid(edge.Properties, asOf.Value) && !After(KnownFrom(edge), asOf.Value) && Visible(edge.FromId, asOf) && Visible(edge.ToId, asOf));

    /// <summary>The contract's knownFrom: the later of a node's own date and its sources' first publication.</summary>
    public string? KnownFrom(GraphNode node)
    {
        var own = RecruitmentModel.Instance.GetNode(node.Label).KnownFrom?.Name is { } name ? node.Properties.GetValueOrDefault(name) as string : null;
        var first = FirstPublished(_edges.Where(e => e.Type == "CITES" && e.FromId == node.Id).Select(e => e.ToId));
        return own is null ? first : first is null || string.CompareOrdinal(own, first) >= 0 ? own : first;
    }

    private string? KnownFrom(GraphEdge edge) =>
        edge.Type == "CITES" ? null : FirstPublished(edge.Properties.GetValueOrDefault(CommonProperties.SourceIds) as IEnumerable<string> ?? []);

    private string? FirstPublished(IEnumerable<string> sourceIds) => sourceIds
        .Select(id => _nodes.GetValueOrDefault(id)?.Properties.GetValueOrDefault("publishedAt") as string)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .FirstOrDefault();

    /// <summary>Every simple path of 1..maxHops in the contract's order (length, node ids, types, start ids).</summary>
    public List<(List<string> Nodes, List<GraphEdge> Edges)> Paths(string from, string to, int maxHops, IReadOnlyCollection<string> types, DateOnly? asOf)
    {
        var results = new List<(List<string>, List<GraphEdge>)>();
        if (from == to || !Visible(from, asOf) || !Visible(to, asOf))
        {
            return results;
        }

        var usable = _edges.Where(e => (types.Count == 0 || types.Contains(e.Type)) && Visible(e, asOf)).ToList();
        void Walk(List<string> nodes, List<GraphEdge> edges)
        {
            var here = nodes[^1];
            if (here == to)
            {
                results.Add(([.. nodes], [.. edges]));
                return;
            }

            if (edges.Count == maxHops)
            {
                return;
            }

            foreach (var edge in usable.Where(e => e.FromId == here || e.ToId == here))
            {
                var next = edge.FromId == here ? edge.ToId : edge.FromId;
                if (!nodes.Contains(next))
                {
                    nodes.Add(next);
                    edges.Add(edge);
                    Walk(nodes, edges);
                    nodes.RemoveAt(nodes.Count - 1);
                    edges.RemoveAt(edges.Count - 1);
                }
            }
        }

        Walk([from], []);
        return results
            .OrderBy(p => p.Item2.Count)
            .ThenBy(p => string.Join('\u0001', p.Item1), StringComparer.Ordinal)
            .ThenBy(p => string.Join('\u0001', p.Item2.Select(e => e.Type)), StringComparer.Ordinal)
            .ThenBy(p => string.Join('\u0001', p.Item2.Select(e => e.FromId)), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Node ids within <paramref name="depth"/> hops, closest first then by id.</summary>
    public List<string> Around(IEnumerable<string> starts, int depth, IReadOnlyCollection<string> types, DateOnly? asOf)
    {
        var dist = starts.Where(s => Visible(s, asOf)).Distinct().ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        var front = dist.Keys.ToList();
        var usable = _edges.Where(e => (types.Count == 0 || types.Contains(e.Type)) && Visible(e, asOf)).ToList();
        for (var d = 1; d <= depth; d++)
        {
            front = front.SelectMany(n => usable.Where(e => e.FromId == n || e.ToId == n).Select(e => e.FromId == n ? e.ToId : e.FromId))
                .Where(n => dist.TryAdd(n, d)).ToList();
        }

        return dist.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
    }

    public List<GraphEdge> EdgesAmong(IReadOnlyCollection<string> ids, IReadOnlyCollection<string> types, DateOnly? asOf) =>
        _edges.Where(e => ids.Contains(e.FromId) && ids.Contains(e.ToId) && (types.Count == 0 || types.Contains(e.Type)) && Visible(e, asOf)).ToList();

    private static bool Valid(IReadOnlyDictionary<string, object?> properties, DateOnly day) =>
        !After(properties.GetValueOrDefault(CommonProperties.ValidFrom), day) && !Before(properties.GetValueOrDefault(CommonProperties.ValidTo), day);

    private static bool After(object? date, DateOnly day) => date is string text && PartialDates.FirstDay(text) > day;

    private static bool Before(object? date, DateOnly day) => date is string text && PartialDates.LastDay(text) < day;
}
