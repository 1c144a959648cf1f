using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// A fighter's trace as a subgraph (every node and relationship of its branches), for exports and the graph view: the
/// same store calls and the same branches as the <c>trace</c> field, so a file and the API show one chain.
/// </summary>
public static class TraceSubgraph
{
    /// <summary>Branches per trace, as in the API; a trace with more is cut and marked <see cref="Subgraph.Truncated"/>.</summary>
    public const int MaxBranches = TraceFields.MaxBranches;

    /// <returns>Null when the id is not a fighter visible on <paramref name="asOf"/>.</returns>
    public static async Task<Subgraph?> LoadAsync(
        IGraphStore store, GraphModel model, string fighterId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var chain = new TraceChain(model);
        var query = new NodeQuery(chain.Fighter) { Where = Filter.Eq(CommonProperties.Id, fighterId), Take = 1, AsOf = asOf };
        var fighters = (await store.FindNodesAsync(query, cancellationToken).ConfigureAwait(false)).Nodes;
        if (fighters.Count == 0)
        {
            return null;
        }

        var trace = (await new TraceBuilder(store, chain, model, MaxBranches).BuildAsync(fighters, asOf, cancellationToken)
            .ConfigureAwait(false))[0];
        var steps = trace.Branches.SelectMany(b => b.Steps).Where(s => !s.Missing).ToList();
        var nodes = steps.OrderBy(s => s.Hop).Select(s => s.Node!).DistinctBy(n => n.Id).ToList();
        var edges = steps.Select(s => s.Edge).OfType<GraphEdge>().DistinctBy(e => (e.Type, e.FromId, e.ToId)).ToList();
        return new Subgraph(nodes, edges, trace.Truncated);
    }
}
