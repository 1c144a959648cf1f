namespace GraphServer.Model;

/// <summary>Collects node and relationship declarations; adds the properties every node and relationship carries.</summary>
internal sealed class ModelBuilder
{
    private readonly List<NodeType> _nodes = [];
    private readonly List<RelationshipType> _relationships = [];

    public ModelBuilder Node(string label, string collectionName, string description, Action<PropertyListBuilder> properties)
    {
        var list = new PropertyListBuilder();
        CommonProperties.AddNodeProperties(list);
        properties(list);
        _nodes.Add(new NodeType(label, collectionName, description, list.Build()));
        return this;
    }

    public ModelBuilder Relationship(
        string type,
        string[] from,
        string[] to,
        Cardinality cardinality,
        string description,
        Action<PropertyListBuilder>? properties = null)
    {
        var list = new PropertyListBuilder();
        CommonProperties.AddRelationshipProperties(list);
        properties?.Invoke(list);
        _relationships.Add(new RelationshipType(type, from, to, cardinality, description, list.Build()));
        return this;
    }

    public GraphModel Build() => new(_nodes, _relationships);
}
