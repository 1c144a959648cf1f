namespace GraphServer.Model;

/// <summary>
/// A directed relationship type: <c>(From)-[:Type]-&gt;(To)</c>, where From and To list the labels allowed at each end.
/// <see cref="Outgoing"/> is the end on the From nodes, <see cref="Incoming"/> the end on the To nodes.
/// <see cref="IsCitation"/> marks <c>CITES</c>, the relationship that carries a node's provenance.
/// </summary>
public sealed record RelationshipType(
    string Type,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    RelationshipEnd Outgoing,
    RelationshipEnd Incoming,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties)
{
    public bool IsCitation { get; init; }

    public PropertyDefinition? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);

    /// <summary>The end seen from the start node when <paramref name="outgoing"/>, else from the end node.</summary>
    public RelationshipEnd End(bool outgoing) => outgoing ? Outgoing : Incoming;
}
