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

        foreach (var node in nodeTypes)
        {
            CheckNodeType(node);
        }

        foreach (var name in nodeTypes.Select(n => n.Label).Concat(relationshipTypes.Select(r => r.Type))
                     .Concat(nodeTypes.SelectMany(n => n.Properties).Concat(relationshipTypes.SelectMany(r => r.Properties)).Select(p => p.Name)))
        {
            // Stores put labels, types and property names into query text (never values); the model guarantees they are plain names.
            if (!IsPlainName(name))
            {
                throw new InvalidOperationException($"'{name}' is not a plain name (letters, digits, underscore; not starting with a digit).");
            }
        }
    }

    public IReadOnlyList<NodeType> NodeTypes { get; }

    public IReadOnlyList<RelationshipType> RelationshipTypes { get; }

    /// <summary>Every label with at least one searchable property: what the full-text index covers.</summary>
    public IEnumerable<NodeType> SearchableNodeTypes => NodeTypes.Where(n => n.Searchable.Any());

    public NodeType? FindNode(string label) => _nodesByLabel.GetValueOrDefault(label);

    public RelationshipType? FindRelationship(string type) => _relationshipsByType.GetValueOrDefault(type);

    /// <summary>The label for an id such as <c>country:KE</c>: ids carry their type so a bare id is enough to find a node.</summary>
    public static bool IsPlainName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public NodeType GetNode(string label) =>
        FindNode(label) ?? throw new ArgumentException($"'{label}' is not a node label of the model.", nameof(label));

    private static void CheckNodeType(NodeType node)
    {
        var knownFrom = node.Properties.Where(p => p.IsKnownFrom).ToList();
        if (knownFrom.Count > 1 || knownFrom.Any(p => p.Kind != PropertyKind.Date))
        {
            throw new InvalidOperationException($"{node.Label} must have at most one KnownFrom property, and it must be a date.");
        }
    }
}
