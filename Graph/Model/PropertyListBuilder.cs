namespace GraphServer.Model;

/// <summary>Fluent list of property declarations for one type.</summary>
internal sealed class PropertyListBuilder
{
    private readonly List<PropertyDefinition> _properties = [];

    public PropertyListBuilder Add(string name, PropertyKind kind, PropertyFlags flags, string description, params string[] allowed)
    {
        if (_properties.Any(p => p.Name == name))
        {
            throw new InvalidOperationException($"Property {name} is declared twice.");
        }

        _properties.Add(new PropertyDefinition(name, kind, flags, description) { AllowedValues = allowed.Length == 0 ? null : allowed });
        return this;
    }

    public PropertyListBuilder String(string name, PropertyFlags flags, string description) =>
        Add(name, PropertyKind.String, flags, description);

    public PropertyListBuilder Enum(string name, PropertyFlags flags, string description, params string[] allowed) =>
        Add(name, PropertyKind.String, flags, description, allowed);

    public PropertyListBuilder Enum(string name, PropertyFlags flags, string description, IReadOnlyList<(string Name, string Description)> vocabulary)
    {
        Add(name, PropertyKind.String, flags, description, [.. vocabulary.Select(v => v.Name)]);
        var descriptions = vocabulary.ToDictionary(v => v.Name, v => v.Description, StringComparer.Ordinal);
        _properties[^1] = _properties[^1] with { ValueDescriptions = descriptions };
        return this;
    }

    public PropertyListBuilder Integer(string name, PropertyFlags flags, string description) =>
        Add(name, PropertyKind.Integer, flags, description);

    public PropertyListBuilder Float(string name, PropertyFlags flags, string description) =>
        Add(name, PropertyKind.Float, flags, description);

    public PropertyListBuilder Boolean(string name, PropertyFlags flags, string description) =>
        Add(name, PropertyKind.Boolean, flags, description);

    public PropertyListBuilder Date(string name, PropertyFlags flags, string description) =>
        Add(name, PropertyKind.Date, flags, description);

    public PropertyListBuilder StringList(string name, PropertyFlags flags, string description, params string[] allowed) =>
        Add(name, PropertyKind.StringList, flags, description, allowed);

    public IReadOnlyList<PropertyDefinition> Build() => _properties.ToArray();
}
