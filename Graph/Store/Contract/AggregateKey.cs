namespace GraphServer.Store;

/// <summary>
/// One grouping key of an <see cref="AggregateQuery"/>: a property of the counted label, or the id of a neighbour over a
/// relationship type in a direction seen from the counted node (fighters by CITIZEN_OF, outgoing).
/// </summary>
public sealed record AggregateKey
{
    private AggregateKey(string? property, string? relationshipType, EdgeDirection direction)
    {
        PropertyName = property;
        RelationshipType = relationshipType;
        Direction = direction;
    }

    /// <summary>The property grouped by, or null for a neighbour key.</summary>
    public string? PropertyName { get; }

    /// <summary>The relationship type whose far ends' ids are the key, or null for a property key.</summary>
    public string? RelationshipType { get; }

    /// <summary>Direction of <see cref="RelationshipType"/> from the counted node.</summary>
    public EdgeDirection Direction { get; }

    public static AggregateKey Property(string name) => new(name, null, EdgeDirection.Outgoing);

    public static AggregateKey Neighbour(string relationshipType, EdgeDirection direction) => new(null, relationshipType, direction);

    public override string ToString() => PropertyName ?? $"{(Direction == EdgeDirection.Outgoing ? "->" : "<-")}{RelationshipType}";
}
