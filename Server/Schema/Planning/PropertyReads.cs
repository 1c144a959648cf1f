using GraphQL.Types;

namespace GraphServer.Schema.Planning;

/// <summary>
/// Marks a field of a node or edge type with the stored properties its resolver reads from its source (none for a field
/// that reads only the id or the sources), so a compiled read asks the store for those alone (<see cref="SelectedProperties"/>).
/// A field without the mark may read anything: a level that selects one gets every property.
/// </summary>
public static class PropertyReads
{
    private const string MetadataKey = "GraphServer.Planning.PropertyReads";

    public static TField Mark<TField>(TField field, params string[] properties)
        where TField : IFieldType
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[MetadataKey] = properties;
        return field;
    }

    /// <summary>The properties the field reads, or null when it is not marked (it may read any).</summary>
    public static IReadOnlyList<string>? Of(IFieldType field) =>
        field.Metadata.TryGetValue(MetadataKey, out var value) ? value as string[] : null;
}
