using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// How one hop joins the chain: its node's label, and the relationship that reaches it from the node of
/// <see cref="From"/> (followed in <see cref="Direction"/> from there).
/// </summary>
internal sealed record TraceLink(TraceHop Hop, string Label, string Type, EdgeDirection Direction, TraceHop From);
