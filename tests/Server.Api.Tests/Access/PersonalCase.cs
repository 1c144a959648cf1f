using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Access;

/// <summary>One personal property of the model, the node the tests gave it to, and the value only that node has.</summary>
public sealed record PersonalCase(NodeType Type, PropertyDefinition Property, string NodeId)
{
    public string Label => Type.Label;

    public string Collection => Type.CollectionName;

    /// <summary>The value as it comes back in JSON and in export files.</summary>
    public string Text => Value(Type, Property) switch
    {
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        var other => other?.ToString() ?? string.Empty,
    };

    public override string ToString() => $"{Label}.{Property.Name}";

    public static IReadOnlyList<PersonalCase> FromModel(GraphModel model) =>
        [.. model.NodeTypes.SelectMany(t => t.Properties.Where(p => p.IsPersonal)
            .Select(p => new PersonalCase(t, p, $"{t.Label.ToLowerInvariant()}:access-personal")))];

    /// <summary>A synthetic node of the type with every required and personal property set (citing via <see cref="Cites"/>).</summary>
    public static GraphNode Node(NodeType type, string id)
    {
        var properties = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["synthetic"] = true,
        };
        foreach (var property in type.Properties.Where(p => (p.IsRequired || p.IsPersonal) && p.Name != CommonProperties.Id))
        {
            properties[property.Name] = Value(type, property);
        }

        return new GraphNode(id, type.Label, properties);
    }

    /// <summary>The CITES edge every fact needs: the synthetic node cites a seed source.</summary>
    public static GraphEdge Cites(string nodeId, string source) => new("CITES", nodeId, source, new Dictionary<string, object?>());

    /// <summary>Strings unique to this label and property (so a search or export hit can only come from it).</summary>
    public static object Value(NodeType type, PropertyDefinition property) => property switch
    {
        { AllowedValues: { Count: > 0 } allowed } => allowed[0],
        { Kind: PropertyKind.Date } => "1987-06-05",
        { Kind: PropertyKind.Integer } => 7L,
        { Kind: PropertyKind.Float } => 1.5,
        { Kind: PropertyKind.Boolean } => true,
        { Kind: PropertyKind.StringList } => new List<string> { $"Zq{type.Label}{property.Name}Item" },
        _ => $"Zq{type.Label}{property.Name}Secret",
    };
}
