namespace GraphServer.Store;

/// <summary>
/// One grouping key of an <see cref="AggregateQuery"/>: a property of the counted label, or a neighbour over a relationship
/// type in a direction seen from the counted node: its id (fighters by CITIZEN_OF, outgoing) or one of its properties
/// (offers by the platform of the channels they ran on: ADVERTISED_ON, outgoing, platform).
/// </summary>
public sealed record AggregateKey
{
    private AggregateKey(string? property, string? relationshipType, EdgeDirection direction)
    {
        PropertyName = property;
        RelationshipType = relationshipType;
        Direction = direction;
    }

    /// <summary>The property grouped by: the counted node's, or for a neighbour key the neighbour's (null: its id).</summary>
    public string? PropertyName { get; }

    /// <summary>The relationship type whose far ends' ids are the key, or null for a property key.</summary>
    public string? RelationshipType { get; }

    /// <summary>Direction of <see cref="RelationshipType"/> from the counted node.</summary>
    public EdgeDirection Direction { get; }

    public static AggregateKey Property(string name) => new(name, null, EdgeDirection.Outgoing);

    /// <summary>The neighbours' ids, or with <paramref name="property"/> that property of each neighbour (not a list property).</summary>
    public static AggregateKey Neighbour(string relationshipType, EdgeDirection direction, string? property = null) =>
        new(property, relationshipType, direction);

    public override string ToString() => RelationshipType is null
        ? PropertyName!
        : $"{(Direction == EdgeDirection.Outgoing ? "->" : "<-")}{RelationshipType}{(PropertyName is null ? "" : "." + PropertyName)}";
}
