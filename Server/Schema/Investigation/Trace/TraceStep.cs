using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// One hop of a branch: the node, the relationship that brought it into the chain from the node of
/// <see cref="LinksTo"/>, and the evidence for that relationship. A missing hop has no node; it still names the
/// relationship that would have brought it, so the gap says what is not known.
/// </summary>
internal sealed record TraceStep(
    TraceHop Hop, string? Relationship, TraceHop? LinksTo, GraphNode? Node, string? Confidence, IReadOnlyList<Citation> Sources)
{
    public bool Missing => Node is null;

    /// <summary>The relationship itself (its properties, such as SERVED_IN's role); null for the fighter and for a missing hop.</summary>
    public GraphEdge? Edge { get; init; }

    public static TraceStep Absent(TraceHop hop, TraceLink link) => new(hop, link.Type, link.From, null, null, []);
}
