using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// The answer of <c>trace</c> for one fighter: every branch (one per combination of offer, recruiter, channel, unit,
/// location and outcome event), at most the trace's branch limit; <see cref="Truncated"/> when the limit left some out.
/// </summary>
internal sealed record FighterTrace(GraphNode Fighter, IReadOnlyList<TraceBranch> Branches, bool Truncated)
{
    public string? WeakestConfidence => ConfidenceOrder.Weakest(Branches.Select(b => b.WeakestConfidence));
}
