using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>
/// The attributes an export declares, derived from the model so a new property shows up in every format by itself:
/// <c>label</c> (display name) and <c>type</c> (node label or relationship type), then every exported property of
/// every node type or relationship type, once per name, then the evidence: <c>sourceIds</c> and <c>sourceTitles</c>
/// (parallel lists, from <see cref="ExportEvidence"/>). <c>confidence</c> is a model property of every record. A name
/// declared with different kinds falls back to string.
/// </summary>
internal sealed class ExportColumns
{
    public const string Label = "label";
    public const string Type = "type";
    public const string SourceIds = "sourceIds";
    public const string SourceTitles = "sourceTitles";

    private static readonly ExportColumn[] Evidence = [new(SourceIds, ExportKind.String, true), new(SourceTitles, ExportKind.String, true)];

    private readonly Dictionary<string, HashSet<string>> _exportedByLabel;
    private readonly Dictionary<string, HashSet<string>> _exportedByType;
    private readonly Dictionary<string, string?> _displayByLabel;

    private readonly bool _personal;

    private ExportColumns(GraphModel model, bool personal = false)
    {
        _personal = personal;
        Node = [new(Label, ExportKind.String, false), new(Type, ExportKind.String, false),
            .. Merge(model.NodeTypes.SelectMany(n => n.Properties).Where(p => p.Name != CommonProperties.Id)), .. Evidence];
        Edge = [new(Type, ExportKind.String, false), .. Merge(model.RelationshipTypes.SelectMany(r => r.Properties)), .. Evidence];
        _exportedByLabel = model.NodeTypes.ToDictionary(n => n.Label, n => Exported(n.Properties), StringComparer.Ordinal);
        _exportedByType = model.RelationshipTypes.ToDictionary(r => r.Type, r => Exported(r.Properties), StringComparer.Ordinal);
        _displayByLabel = model.NodeTypes.ToDictionary(n => n.Label, DisplayProperty, StringComparer.Ordinal);
    }

    public static ExportColumns Recruitment { get; } = new(RecruitmentModel.Instance);

    /// <summary>The columns for callers who may read personal data.</summary>
    public static ExportColumns RecruitmentWithPersonal { get; } = new(RecruitmentModel.Instance, personal: true);

    public bool HasPersonal => _personal;

    public IReadOnlyList<ExportColumn> Node { get; }

    public IReadOnlyList<ExportColumn> Edge { get; }

    public static ExportColumns For(GraphModel model) => new(model);

    /// <summary>What tools show on the node: its display property's value, or its id.</summary>
    public string DisplayName(GraphNode node) =>
        _displayByLabel.GetValueOrDefault(node.Label) is { } property && node[property] is string { Length: > 0 } name ? name : node.Id;

    /// <summary>The node's exported property values by column (label and type included), nulls left out.</summary>
    public IEnumerable<(ExportColumn Column, object Value)> Values(ExportNode record)
    {
        var node = record.Node;
        var exported = _exportedByLabel.GetValueOrDefault(node.Label) ?? [];
        foreach (var column in Node)
        {
            object? value = column.Name switch
            {
                Label => DisplayName(node),
                Type => node.Label,
                // No sources (a Source node, a CITES edge): no value, like any other absent property.
                SourceIds => record.Sources.Count == 0 ? null : record.Sources.Select(s => s.Id).ToList(),
                SourceTitles => record.Sources.Count == 0 ? null : record.Sources.Select(s => s.Title).ToList(),
                _ when exported.Contains(column.Name) => node[column.Name],
                _ => null,
            };
            if (value is not null)
            {
                yield return (column, value);
            }
        }
    }

    public IEnumerable<(ExportColumn Column, object Value)> Values(ExportEdge record)
    {
        var edge = record.Edge;
        var exported = _exportedByType.GetValueOrDefault(edge.Type) ?? [];
        foreach (var column in Edge)
        {
            object? value = column.Name switch
            {
                Type => edge.Type,
                // No sources (a Source node, a CITES edge): no value, like any other absent property.
                SourceIds => record.Sources.Count == 0 ? null : record.Sources.Select(s => s.Id).ToList(),
                SourceTitles => record.Sources.Count == 0 ? null : record.Sources.Select(s => s.Title).ToList(),
                _ when exported.Contains(column.Name) => edge.Properties.GetValueOrDefault(column.Name),
                _ => null,
            };
            if (value is not null)
            {
                yield return (column, value);
            }
        }
    }

    /// <summary>Stable edge id: at most one relationship of a type links two nodes (GraphEdge), so this is unique.</summary>
    public static string EdgeId(GraphEdge edge) => $"{edge.FromId}-{edge.Type}->{edge.ToId}";

    /// <summary>
    /// The first required, free-text (not enumerated), non-personal string that is not the key, preferring one that is not
    /// an indexed code (Country shows its name, not its iso2); Offer and Event have none and show their id.
    /// </summary>
    private static string? DisplayProperty(NodeType node)
    {
        var candidates = node.Properties.Where(p => p.IsRequired && p.Kind == PropertyKind.String && p.AllowedValues is null
            && p.Name != CommonProperties.Id && !p.IsPersonal).ToList();
        return (candidates.FirstOrDefault(p => !p.IsIndexed) ?? candidates.FirstOrDefault())?.Name;
    }

    private HashSet<string> Exported(IEnumerable<PropertyDefinition> properties) =>
        properties.Where(IsModelColumn).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Exported for this caller, and not the stored source ids, which the evidence columns carry with their titles.</summary>
    private bool IsModelColumn(PropertyDefinition property) => ExportedProperties.Includes(property, _personal) && property.Name != SourceIds;

    private IEnumerable<ExportColumn> Merge(IEnumerable<PropertyDefinition> properties) => properties
        .Where(IsModelColumn)
        .GroupBy(p => p.Name, StringComparer.Ordinal)
        .Select(g => g.Select(p => p.Kind).Distinct().Count() == 1
            ? new ExportColumn(g.Key, KindOf(g.First().Kind), g.First().Kind == PropertyKind.StringList)
            : new ExportColumn(g.Key, ExportKind.String, false));

    private static ExportKind KindOf(PropertyKind kind) => kind switch
    {
        PropertyKind.Integer => ExportKind.Long,
        PropertyKind.Float => ExportKind.Double,
        PropertyKind.Boolean => ExportKind.Boolean,
        _ => ExportKind.String,
    };
}
