using GraphServer.Model;

namespace GraphServer.Schema.Generation;

/// <summary>
/// What a filter, an ordering or a relationship field can be about: one label (<c>Country</c>), a union the model
/// declares for a relationship end (<c>Actor</c>: Country, Organization, Person), or any node (<c>Node</c>, for an end
/// that allows every label, such as a source's <c>supports</c>). A union or <c>Node</c> offers the public properties
/// all its labels declare alike, the id among them.
/// </summary>
internal sealed class Subjects
{
    public const string AnyNode = "Node";

    private readonly Dictionary<string, IReadOnlyList<string>> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PropertyDefinition>> _properties = new(StringComparer.Ordinal);

    public Subjects(GraphModel model)
    {
        foreach (var type in model.NodeTypes)
        {
            _labels[type.Label] = [type.Label];
        }

        foreach (var (union, labels) in model.Unions)
        {
            _labels[union] = labels;
        }

        _labels[AnyNode] = [.. model.NodeTypes.Select(t => t.Label)];
        foreach (var (subject, labels) in _labels)
        {
            var types = labels.Select(model.GetNode).ToList();
            _properties[subject] = [.. NodeObjectTypeGenerator.PublicProperties(types[0]).Where(p => types.All(t =>
                NodeObjectTypeGenerator.PublicProperties(t).FirstOrDefault(o => o.Name == p.Name) is { } other
                && other.Kind == p.Kind && other.IsRequired == p.IsRequired
                && (other.AllowedValues ?? []).SequenceEqual(p.AllowedValues ?? [])))];
        }
    }

    public IEnumerable<string> Names => _labels.Keys;

    public IReadOnlyList<string> LabelsOf(string subject) => _labels[subject];

    /// <summary>The public properties every label of the subject declares alike, in the first label's order.</summary>
    public IReadOnlyList<PropertyDefinition> PropertiesOf(string subject) => _properties[subject];

    /// <summary>The label whose declaration names a shared property's type (its enum, if any).</summary>
    public string Owner(string subject) => _labels[subject][0];

    /// <summary>What the far end of a relationship end holds: its label, its union, or any node.</summary>
    public static string Of(RelationshipEnd end) => end.FarLabels.Count == 1 ? end.FarLabels[0] : end.UnionName ?? AnyNode;
}
