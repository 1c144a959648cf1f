namespace GraphServer.Model;

/// <summary>A node label with its properties. <see cref="CollectionName"/> names the root query field (e.g. <c>countries</c>).</summary>
public sealed record NodeType(string Label, string CollectionName, string Description, IReadOnlyList<PropertyDefinition> Properties)
{
    public PropertyDefinition? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);

    /// <summary>The date the record became known (see <see cref="PropertyFlags.KnownFrom"/>), if the type has one.</summary>
    public PropertyDefinition? KnownFrom => Properties.FirstOrDefault(p => p.IsKnownFrom);

    /// <summary>The properties in the full-text index, in declaration order.</summary>
    public IEnumerable<PropertyDefinition> Searchable => Properties.Where(p => p.IsSearchable);
}
