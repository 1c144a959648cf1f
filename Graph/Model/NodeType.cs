namespace GraphServer.Model;

/// <summary>A node label with its properties. <see cref="CollectionName"/> names the root query field (e.g. <c>countries</c>).</summary>
public sealed record NodeType(string Label, string CollectionName, string Description, IReadOnlyList<PropertyDefinition> Properties)
{
    public PropertyDefinition? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
