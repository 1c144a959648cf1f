using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>One chain through the graph from a fighter: a step per hop, in <see cref="TraceHop"/> order.</summary>
internal sealed record TraceBranch(IReadOnlyList<TraceStep> Steps, string? FighterStatus)
{
    public TraceStep this[TraceHop hop] => Steps[(int)hop];

    public IReadOnlyList<TraceHop> Missing => [.. Steps.Where(s => s.Missing).Select(s => s.Hop)];

    public string? WeakestConfidence => ConfidenceOrder.Weakest(Steps.Where(s => !s.Missing).Select(s => s.Confidence));

    /// <summary>The offer's node, when the branch has one: what was promised.</summary>
    public GraphNode? Promise => this[TraceHop.Offer].Node;
}
