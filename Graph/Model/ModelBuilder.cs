namespace GraphServer.Model;

/// <summary>
/// Collects node and relationship declarations; adds the properties every node and relationship carries. Each
/// <see cref="Node"/> returns a handle, and relationships are declared between handles.
/// </summary>
internal sealed class ModelBuilder
{
    private readonly List<NodeType> _nodes = [];
    private readonly List<RelationshipType> _relationships = [];

    public NodeHandle Node(string label, string collectionName, string description, Action<PropertyListBuilder> properties)
    {
        var list = new PropertyListBuilder();
        CommonProperties.AddNodeProperties(list);
        properties(list);
        _nodes.Add(new NodeType(label, collectionName, description, list.Build()));
        return new NodeHandle(label);
    }

    /// <summary>Declares <c>(from)-[:type]-&gt;(to)</c>; <paramref name="outgoing"/> names the end on the from nodes.</summary>
    public ModelBuilder Relationship(
        string type,
        NodeHandle[] from,
        NodeHandle[] to,
        EndNames outgoing,
        EndNames incoming,
        string description,
        Action<PropertyListBuilder>? properties = null)
    {
        var list = new PropertyListBuilder();
        CommonProperties.AddRelationshipProperties(list);
        properties?.Invoke(list);
        _relationships.Add(Declare(type, from, to, outgoing, incoming, description, list.Build()));
        return this;
    }

    /// <summary>
    /// Declares the citation relationship: from every node label but <paramref name="source"/> (including labels declared
    /// later, so call it last) to the source label, with only a quote of its own: a citation is itself the evidence.
    /// </summary>
    public ModelBuilder Citations(string type, NodeHandle source, EndNames outgoing, EndNames incoming, string description)
    {
        var list = new PropertyListBuilder();
        CommonProperties.AddCitationProperties(list);
        var cited = _nodes.Where(n => n.Label != source.Label).Select(n => new NodeHandle(n.Label)).ToArray();
        _relationships.Add(Declare(type, cited, [source], outgoing, incoming, description, list.Build()) with { IsCitation = true });
        return this;
    }

    public GraphModel Build() => new(_nodes, _relationships);

    private static RelationshipType Declare(
        string type, NodeHandle[] from, NodeHandle[] to, EndNames outgoing, EndNames incoming, string description,
        IReadOnlyList<PropertyDefinition> properties)
    {
        string[] fromLabels = [.. from.Select(h => h.Label)];
        string[] toLabels = [.. to.Select(h => h.Label)];
        return new RelationshipType(
            type,
            fromLabels,
            toLabels,
            new RelationshipEnd(type, true, outgoing.Field, outgoing.Cardinality, fromLabels, toLabels, outgoing.Union),
            new RelationshipEnd(type, false, incoming.Field, incoming.Cardinality, toLabels, fromLabels, incoming.Union),
            description,
            properties);
    }
}
