using GraphServer.Store;

namespace GraphServer.Seed.Import;

/// <summary>
/// One node or relationship read from an import file, with the line it starts on. A record the reader could not make
/// sense of has neither <see cref="Node"/> nor <see cref="Edge"/>, only <see cref="Problems"/>.
/// </summary>
internal sealed record ImportRecord(long Line, GraphNode? Node, GraphEdge? Edge, IReadOnlyList<FieldProblem> Problems)
{
    /// <summary>The CITES edges a node record's <c>sources</c> make (empty for a relationship record).</summary>
    public IReadOnlyList<GraphEdge> Citations { get; init; } = [];

    public static ImportRecord Broken(long line, string field, string reason) => new(line, null, null, [new FieldProblem(field, reason)]);
}
