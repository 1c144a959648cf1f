namespace GraphServer.Model;

/// <summary>A directed relationship type: <c>(From)-[:Type]-&gt;(To)</c>, where From and To list the labels allowed at each end.</summary>
public sealed record RelationshipType(
    string Type,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    Cardinality Cardinality,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties)
{
    public PropertyDefinition? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
