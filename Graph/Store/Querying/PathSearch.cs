namespace GraphServer.Store.Querying;

/// <summary>
/// Paths between two nodes over a graph the caller loads level by level (<see cref="IncidentEdges"/>: every edge
/// touching a set of nodes, one batched lookup per level). Both ends are expanded, the smaller frontier first, until
/// their depths add up to the hop limit (or, for shortest paths, until they meet): every edge of every qualifying path
/// is then loaded, since each lies within the depth of one end. Paths are then enumerated in memory in the contract's
/// order (length, node ids, relationship types, start ids), stopping at the limit.
/// </summary>
/// <param name="incidentEdges">
/// Every edge touching the first set; when the second set is given (the other end's frontier, for shortest paths) and
/// edges join the two sets, only those joining edges, flagged. Every shortest path then crosses from one frontier to the
/// other over one of them (each node on a shortest path lies at its exact distance from both ends), so the last, largest
/// expansion (a recruiter's thousands of recruits) is never read.
/// </param>
internal sealed class PathSearch(
    Func<IReadOnlyCollection<string>, IReadOnlyCollection<string>?, Task<(IReadOnlyList<GraphEdge> Edges, bool Joining)>> incidentEdges)
{
    /// <summary>Frontiers whose pairs number more than this are expanded whole (the caller probes each pair).</summary>
    public const int MaxJoiningPairs = 4096;

    private readonly Dictionary<string, List<GraphEdge>> _adjacency = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string, string)> _seen = [];

    public Func<IReadOnlyCollection<string>, IReadOnlyCollection<string>?, Task<(IReadOnlyList<GraphEdge> Edges, bool Joining)>> IncidentEdges { get; } =
        incidentEdges;

    /// <summary>Each path as its edges in walking order, starting at <paramref name="from"/>.</summary>
    public async Task<List<List<GraphEdge>>> FindAsync(string from, string to, int maxHops, bool shortestOnly, int limit)
    {
        if (from == to || maxHops < 1 || limit < 1)
        {
            return [];
        }

        var (distA, distB) = (new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 }, new Dictionary<string, int>(StringComparer.Ordinal) { [to] = 0 });
        var (frontA, frontB) = (new List<string> { from }, new List<string> { to });
        var (depthA, depthB) = (0, 0);
        int? shortest = null;
        while (depthA + depthB < maxHops && frontA.Count > 0 && frontB.Count > 0)
        {
            var expandA = frontA.Count <= frontB.Count;
            var (front, other) = expandA ? (frontA, frontB) : (frontB, frontA);
            var probe = shortestOnly && (long)front.Count * other.Count <= MaxJoiningPairs ? other : null;
            var (edges, joining) = await IncidentEdges(front, probe);
            if (expandA)
            {
                depthA++;
            }
            else
            {
                depthB++;
            }

            if (joining)
            {
                Load(edges);
                shortest = depthA + depthB;
                break;
            }

            if (expandA)
            {
                frontA = Expand(edges, frontA, distA, depthA);
            }
            else
            {
                frontB = Expand(edges, frontB, distB, depthB);
            }

            var meet = distA.Where(a => distB.ContainsKey(a.Key)).Select(a => a.Value + distB[a.Key]).DefaultIfEmpty(int.MaxValue).Min();
            if (shortestOnly && meet <= maxHops)
            {
                shortest = meet;
                break;
            }
        }

        if (shortestOnly && shortest is null)
        {
            return [];
        }

        var toTarget = Distances(to, shortest ?? maxHops);
        var paths = new List<List<GraphEdge>>();
        for (var length = shortest ?? 1; length <= (shortest ?? maxHops) && paths.Count < limit; length++)
        {
            Walk(from, to, length, [from], [], toTarget, paths, limit);
        }

        return paths;
    }

    private List<string> Expand(IReadOnlyList<GraphEdge> edges, List<string> front, Dictionary<string, int> dist, int depth)
    {
        Load(edges);
        var next = new List<string>();
        foreach (var node in front)
        {
            foreach (var edge in Adjacent(node))
            {
                var other = Other(edge, node);
                if (dist.TryAdd(other, depth))
                {
                    next.Add(other);
                }
            }
        }

        return next;
    }

    private void Load(IReadOnlyList<GraphEdge> edges)
    {
        foreach (var edge in edges)
        {
            if (_seen.Add((edge.Type, edge.FromId, edge.ToId)))
            {
                Adjacent(edge.FromId).Add(edge);
                if (edge.FromId != edge.ToId)
                {
                    Adjacent(edge.ToId).Add(edge);
                }
            }
        }
    }

    /// <summary>Hops from <paramref name="to"/> over the loaded edges, up to <paramref name="max"/>.</summary>
    private Dictionary<string, int> Distances(string to, int max)
    {
        var dist = new Dictionary<string, int>(StringComparer.Ordinal) { [to] = 0 };
        var front = new List<string> { to };
        for (var depth = 1; depth <= max && front.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var node in front)
            {
                foreach (var edge in Adjacent(node))
                {
                    if (dist.TryAdd(Other(edge, node), depth))
                    {
                        next.Add(Other(edge, node));
                    }
                }
            }

            front = next;
        }

        return dist;
    }

    /// <summary>Depth-first over node sequences in id order, so complete sequences come out in the contract's order.</summary>
    private void Walk(string node, string to, int length, List<string> nodes, List<List<GraphEdge>> steps,
        Dictionary<string, int> toTarget, List<List<GraphEdge>> paths, int limit)
    {
        if (nodes.Count - 1 == length)
        {
            AddCombinations(steps, paths, limit);
            return;
        }

        var remaining = length - nodes.Count;
        var choices = Adjacent(node)
            .GroupBy(e => Other(e, node), StringComparer.Ordinal)
            .Where(g => !nodes.Contains(g.Key) && (g.Key != to || remaining == 0) && toTarget.TryGetValue(g.Key, out var d) && d <= remaining)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in choices)
        {
            nodes.Add(group.Key);
            steps.Add([.. group.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.FromId, StringComparer.Ordinal)]);
            Walk(group.Key, to, length, nodes, steps, toTarget, paths, limit);
            steps.RemoveAt(steps.Count - 1);
            nodes.RemoveAt(nodes.Count - 1);
            if (paths.Count >= limit)
            {
                return;
            }
        }
    }

    /// <summary>One node sequence with parallel edges is several paths: ordered by their types, then their start ids.</summary>
    private static void AddCombinations(List<List<GraphEdge>> steps, List<List<GraphEdge>> paths, int limit)
    {
        IEnumerable<List<GraphEdge>> combinations = [[]];
        foreach (var step in steps)
        {
            combinations = combinations.SelectMany(c => step.Select(e => (List<GraphEdge>)[.. c, e]));
        }

        var ordered = combinations
            .OrderBy(c => string.Join('\u0001', c.Select(e => e.Type)), StringComparer.Ordinal)
            .ThenBy(c => string.Join('\u0001', c.Select(e => e.FromId)), StringComparer.Ordinal);
        paths.AddRange(ordered.Take(limit - paths.Count));
    }

    private List<GraphEdge> Adjacent(string node)
    {
        if (!_adjacency.TryGetValue(node, out var list))
        {
            _adjacency[node] = list = [];
        }

        return list;
    }

    private static string Other(GraphEdge edge, string node) => edge.FromId == node ? edge.ToId : edge.FromId;
}
