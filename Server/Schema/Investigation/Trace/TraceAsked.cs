using GraphQL;
using GraphServer.Schema.Planning;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// The relationship fields a trace request asks of the nodes in its answer (<c>fighter { citizenOf }</c>,
/// <c>steps { node { ... on Offer { placedBy } } }</c>, <c>promise { offer }</c>, <c>outcome { unit event }</c>), planned
/// below the trace's own hops by the label each hop reads, so the trace and those fields are one plan; their answers are
/// pre-filled for their resolvers. A field the planner cannot compile loads through its DataLoader as before.
/// </summary>
internal sealed class TraceAsked
{
    private readonly IResolveFieldContext _context;
    private readonly SelectionPlanner _planner;
    private readonly Dictionary<string, List<string[]>> _paths = new(StringComparer.Ordinal);
    private readonly List<PlanSelection> _planned = [];

    /// <param name="traces">Where the traces sit below the root field: <c>[]</c> for <c>trace</c>, <c>nodes</c> and
    /// <c>edges.node</c> for <c>traces</c>.</param>
    private TraceAsked(IResolveFieldContext context, TraceChain chain, IReadOnlyList<string[]> traces)
    {
        _context = context;
        _planner = new SelectionPlanner(context);
        foreach (var trace in traces)
        {
            Add(null, [.. trace, "branches", "steps", "node"]);
            Add(chain.Fighter, [.. trace, "fighter"]);
            Add(chain.Offer.Label, [.. trace, "branches", "promise", "offer"]);
            Add(chain.Unit.Label, [.. trace, "branches", "outcome", "unit"]);
            Add(chain.Outcome.Label, [.. trace, "branches", "outcome", "event"]);
        }
    }

    /// <summary>The traces of <paramref name="root"/>'s fighters with the fields asked of their nodes, as one plan.</summary>
    public static async Task<(IReadOnlyList<FighterTrace> Traces, PlanResult Result)> RunAsync(
        TraceBuilder builder, TraceChain chain, IResolveFieldContext context, IReadOnlyList<string[]> traces,
        Func<IReadOnlyList<PlanSelection>, PlanQuery> root, IReadOnlyList<GraphNode>? fighters, DateOnly? asOf)
    {
        var asked = new TraceAsked(context, chain, traces);
        try
        {
            var planned = await builder.RunPlanAsync(root, fighters, asOf, asked.Below, context.CancellationToken).ConfigureAwait(false);
            CompiledRead.Prefill(context, planned.Result, asked._planner, asked._planned);
            return planned;
        }
        catch (ArgumentException) when (asked._planned.Count > 0)
        {
            // The store refused a field asked below (a filter it rejects): the trace alone, the field reports in its own place.
            return await builder.RunPlanAsync(root, fighters, asOf, null, context.CancellationToken).ConfigureAwait(false);
        }
    }

    private void Add(string? label, string[] path)
    {
        var key = label ?? string.Empty;
        if (!_paths.TryGetValue(key, out var paths))
        {
            _paths[key] = paths = [];
        }

        paths.Add(path);
    }

    /// <summary>New selections for every node of <paramref name="label"/> one hop of the plan reads.</summary>
    private List<PlanSelection> Below(string label)
    {
        var below = _paths.GetValueOrDefault(string.Empty, []).Concat(_paths.GetValueOrDefault(label, []))
            .SelectMany(path => _planner.ForPath(path, label))
            .ToList();
        _planned.AddRange(below);
        return below;
    }
}
