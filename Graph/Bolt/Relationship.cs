namespace GraphServer.Bolt;

/// <summary>
/// A graph relationship (Bolt structure 0x52, or 0x72 inside a path, where the start and end are filled from the path).
/// Equality is by <see cref="ElementId"/>.
/// </summary>
public sealed class Relationship : IEquatable<Relationship>
{
    public Relationship(long id, string elementId, long startNodeId, string startNodeElementId, long endNodeId,
        string endNodeElementId, string type, IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        ElementId = elementId;
        StartNodeId = startNodeId;
        StartNodeElementId = startNodeElementId;
        EndNodeId = endNodeId;
        EndNodeElementId = endNodeElementId;
        Type = type;
        Properties = properties;
    }

    /// <summary>The legacy numeric id; prefer <see cref="ElementId"/>.</summary>
    public long Id { get; }

    public string ElementId { get; }

    public long StartNodeId { get; }

    public string StartNodeElementId { get; }

    public long EndNodeId { get; }

    public string EndNodeElementId { get; }

    public string Type { get; }

    public IReadOnlyDictionary<string, object?> Properties { get; }

    public object? this[string key] => Properties[key];

    public bool Equals(Relationship? other) => other is not null && other.ElementId == ElementId;

    public override bool Equals(object? obj) => Equals(obj as Relationship);

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"({StartNodeElementId})-[{ElementId}:{Type}]->({EndNodeElementId})";
}
