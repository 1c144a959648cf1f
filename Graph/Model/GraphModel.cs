namespace GraphServer.Model;

/// <summary>
/// The whole graph model: node types and relationship types. Everything else (stores, schema, importer, exports)
/// reads it, so a label, property or relationship field name is declared once, here.
/// </summary>
public sealed class GraphModel
{
    private readonly Dictionary<string, NodeType> _nodesByLabel;
    private readonly Dictionary<string, RelationshipType> _relationshipsByType;
    private readonly Dictionary<string, IReadOnlyList<RelationshipEnd>> _endsByLabel;

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

        _endsByLabel = nodeTypes.ToDictionary(
            n => n.Label,
            n => (IReadOnlyList<RelationshipEnd>)
                [.. relationshipTypes.SelectMany(r => new[] { r.Outgoing, r.Incoming }).Where(e => e.NearLabels.Contains(n.Label))],
            StringComparer.Ordinal);
        Unions = ModelChecks.CheckEnds(nodeTypes, relationshipTypes, _endsByLabel);
        Citation = ModelChecks.SingleCitation(relationshipTypes);

        foreach (var name in nodeTypes.Select(n => n.Label).Concat(relationshipTypes.Select(r => r.Type))
                     .Concat(nodeTypes.SelectMany(n => n.Properties).Select(p => p.Name))
                     .Concat(relationshipTypes.SelectMany(r => r.Properties).Select(p => p.Name))
                     .Concat(_endsByLabel.Values.SelectMany(ends => ends.Select(e => e.FieldName)))
                     .Concat(Unions.Keys))
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

    /// <summary>Every union a relationship end declares, with its labels (<c>Actor</c>: Country, Organization, Person).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Unions { get; }

    /// <summary>The relationship that carries a node's provenance (<c>CITES</c>), when the model declares one.</summary>
    public RelationshipType? Citation { get; }

    /// <summary>The label of source nodes: the far end of <see cref="Citation"/>.</summary>
    public string? SourceLabel => Citation?.To[0];

    /// <summary>Every label with at least one searchable property: what the full-text index covers.</summary>
    public IEnumerable<NodeType> SearchableNodeTypes => NodeTypes.Where(n => n.Searchable.Any());

    public NodeType? FindNode(string label) => _nodesByLabel.GetValueOrDefault(label);

    public RelationshipType? FindRelationship(string type) => _relationshipsByType.GetValueOrDefault(type);

    /// <summary>The relationship ends a node of <paramref name="label"/> has: one GraphQL field each.</summary>
    public IReadOnlyList<RelationshipEnd> EndsOf(string label) => _endsByLabel.GetValueOrDefault(label) ?? [];

    /// <summary>The relationship end named <paramref name="fieldName"/> on <paramref name="label"/>, if there is one.</summary>
    public RelationshipEnd? FindEnd(string label, string fieldName) => EndsOf(label).FirstOrDefault(e => e.FieldName == fieldName);

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
