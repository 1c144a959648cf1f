namespace GraphServer.Model;

/// <summary>
/// The whole graph model: node types and relationship types. Everything else (stores, schema, importer, exports)
/// reads it, so a label or property is declared once, here.
/// </summary>
public sealed class GraphModel
{
    private readonly Dictionary<string, NodeType> _nodesByLabel;
    private readonly Dictionary<string, RelationshipType> _relationshipsByType;

    public GraphModel(IReadOnlyList<NodeType> nodeTypes, IReadOnlyList<RelationshipType> relationshipTypes)
    {
        NodeTypes = nodeTypes;
        RelationshipTypes = relationshipTypes;
        _nodesByLabel = nodeTypes.ToDictionary(n => n.Label, StringComparer.Ordinal);
        _relationshipsByType = relationshipTypes.ToDictionary(r => r.Type, StringComparer.Ordinal);
        foreach (var relationship in relationshipTypes)
        {
            foreach (var label in relationship.From.Concat(relationship.To))
            {
                if (!_nodesByLabel.ContainsKey(label))
                {
                    throw new InvalidOperationException($"Relationship {relationship.Type} names unknown label {label}.");
                }
            }
        }
    }

    public IReadOnlyList<NodeType> NodeTypes { get; }

    public IReadOnlyList<RelationshipType> RelationshipTypes { get; }

    public NodeType? FindNode(string label) => _nodesByLabel.GetValueOrDefault(label);

    public RelationshipType? FindRelationship(string type) => _relationshipsByType.GetValueOrDefault(type);

    /// <summary>The label for an id such as <c>country:KE</c>: ids carry their type so a bare id is enough to find a node.</summary>
    public NodeType GetNode(string label) =>
        FindNode(label) ?? throw new ArgumentException($"'{label}' is not a node label of the model.", nameof(label));
}
