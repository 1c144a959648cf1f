using GraphServer.Model;

namespace GraphServer.Store.Querying;

/// <summary>
/// An <see cref="AggregateQuery"/> checked against the model, for both stores: the counted label, each key as a property
/// (scalar or list) or a neighbour relationship, and the parents' relationship. Also the one order of the buckets,
/// applied after the store answers so both stores list them identically.
/// </summary>
internal sealed record AggregatePlan(NodeType Type, IReadOnlyList<AggregatePlan.Key> Keys, RelationshipType? ParentRelationship)
{
    /// <summary>More keys than this are refused: each multiplies the rows a node yields.</summary>
    public const int MaxKeys = 4;

    public static AggregatePlan Of(GraphModel model, AggregateQuery query)
    {
        var type = model.GetNode(query.Label);
        if (query.Keys.Count == 0 || query.Keys.Count > MaxKeys)
        {
            throw new ArgumentException($"Group by 1 to {MaxKeys} keys; {query.Keys.Count} given.");
        }

        if (query.Keys.Distinct().Count() != query.Keys.Count)
        {
            throw new ArgumentException("A group-by key is given twice.");
        }

        var keys = query.Keys.Select(k => KeyOf(model, type, k)).ToList();
        RelationshipType? parents = null;
        if (query.Parents is { } p)
        {
            parents = model.FindRelationship(p.Type) ?? throw new ArgumentException($"'{p.Type}' is not a relationship type.");
            var far = p.Direction == EdgeDirection.Outgoing ? parents.To : parents.From;
            if (!far.Contains(type.Label))
            {
                throw new ArgumentException($"{parents.Type} does not reach {type.Label} at that end.");
            }
        }

        return new AggregatePlan(type, keys, parents);
    }

    /// <summary>Buckets per parent (by id), largest first, then by keys in order (nulls last, numbers as numbers).</summary>
    public static List<AggregateBucket> Sorted(IEnumerable<AggregateBucket> buckets) =>
        [.. buckets.Order(Comparer<AggregateBucket>.Create(Compare))];

    private static int Compare(AggregateBucket a, AggregateBucket b)
    {
        var byParent = string.CompareOrdinal(a.ParentId, b.ParentId);
        if (byParent != 0)
        {
            return byParent;
        }

        var byCount = b.Count.CompareTo(a.Count);
        if (byCount != 0)
        {
            return byCount;
        }

        for (var i = 0; i < Math.Min(a.Keys.Count, b.Keys.Count); i++)
        {
            var byKey = CompareKeys(a.Keys[i], b.Keys[i]);
            if (byKey != 0)
            {
                return byKey;
            }
        }

        return 0;
    }

    private static int CompareKeys(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string x, string y) => string.CompareOrdinal(x, y),
        (bool x, bool y) => x.CompareTo(y),
        _ => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)
            .CompareTo(Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static Key KeyOf(GraphModel model, NodeType type, AggregateKey key)
    {
        if (key.RelationshipType is null && key.PropertyName is { } name)
        {
            var property = type.FindProperty(name) ?? throw new ArgumentException($"{type.Label} has no property '{name}' to group by.");
            return new Key(property, null, key.Direction);
        }

        var relationship = model.FindRelationship(key.RelationshipType!)
            ?? throw new ArgumentException($"'{key.RelationshipType}' is not a relationship type.");
        var near = key.Direction == EdgeDirection.Outgoing ? relationship.From : relationship.To;
        if (!near.Contains(type.Label))
        {
            var side = key.Direction == EdgeDirection.Outgoing ? "start" : "end";
            throw new ArgumentException($"{type.Label} is not at the {side} of {relationship.Type}.");
        }

        if (key.PropertyName is not { } farName)
        {
            return new Key(null, relationship, key.Direction);
        }

        var far = key.Direction == EdgeDirection.Outgoing ? relationship.To : relationship.From;
        var farProperty = far.Select(l => model.GetNode(l).FindProperty(farName)).FirstOrDefault(p => p is not null)
            ?? throw new ArgumentException($"No node at the far end of {relationship.Type} has a property '{farName}' to group by.");
        return farProperty.Kind == PropertyKind.StringList
            ? throw new ArgumentException($"A neighbour's list property ('{farName}') cannot be a group key.")
            : new Key(farProperty, relationship, key.Direction);
    }

    /// <summary>
    /// A checked key: a property of the counted node (no relationship), or a relationship (and direction from the counted
    /// node) whose far nodes' ids, or their <see cref="Property"/>, are the key.
    /// </summary>
    internal sealed record Key(PropertyDefinition? Property, RelationshipType? Relationship, EdgeDirection Direction)
    {
        public bool IsList => Relationship is null && Property?.Kind == PropertyKind.StringList;
    }
}
