namespace GraphServer.Bolt;

/// <summary>
/// A path (Bolt structure 0x50): nodes in walk order and the relationships between them, each carrying its real
/// direction (a relationship may point against the walk).
/// </summary>
public sealed class GraphPath(IReadOnlyList<Node> nodes, IReadOnlyList<Relationship> relationships)
{
    public IReadOnlyList<Node> Nodes { get; } = nodes;

    public IReadOnlyList<Relationship> Relationships { get; } = relationships;

    public Node Start => Nodes[0];

    public Node End => Nodes[^1];

    public override string ToString() => string.Join("-", Nodes.Select(n => n.ToString()));
}
