namespace GraphServer.Bolt;

/// <summary>A graph node (Bolt structure 0x4E). Equality is by <see cref="ElementId"/>, the id Neo4j 5 keeps stable.</summary>
public sealed class Node(long id, string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    : IEquatable<Node>
{
    /// <summary>The legacy numeric id; prefer <see cref="ElementId"/>.</summary>
    public long Id { get; } = id;

    public string ElementId { get; } = elementId;

    public IReadOnlyList<string> Labels { get; } = labels;

    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    public object? this[string key] => Properties[key];

    public bool Equals(Node? other) => other is not null && other.ElementId == ElementId;

    public override bool Equals(object? obj) => Equals(obj as Node);

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"({ElementId}:{string.Join(':', Labels)})";
}
