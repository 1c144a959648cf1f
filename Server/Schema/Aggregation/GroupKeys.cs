using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Store;

namespace GraphServer.Schema.Aggregation;

/// <summary>
/// What a label's nodes can be grouped by, from the model alone: every property with a closed vocabulary or an index
/// (<c>STATUS</c>, <c>SALARY_CURRENCY</c>, <c>FIRST_SEEN</c>), never a personal one, and every relationship end of the
/// label but its citations, named after the end's field (<c>CITIZEN_OF</c>, <c>ADVERTISED_ON</c>, <c>RECRUITED_BY</c>);
/// for an end that reaches one label, also each such property of the neighbour (<c>ADVERTISED_ON_PLATFORM</c>).
/// </summary>
internal static class GroupKeys
{
    public static IReadOnlyList<GroupKey> Of(GraphModel model, string label)
    {
        var type = model.GetNode(label);
        var keys = new List<GroupKey>();
        foreach (var property in Groupable(type))
        {
            keys.Add(new GroupKey(Names.EnumValue(property.Name), AggregateKey.Property(property.Name),
                $"By {property.Name}: {property.Description}" + (property.Kind == PropertyKind.StringList
                    ? " Each item is a group; a node without items is left out." : " Nodes without it form the null group."),
                property));
        }

        foreach (var end in model.EndsOf(label))
        {
            var relationship = model.FindRelationship(end.RelationshipType)!;
            if (relationship.IsCitation)
            {
                continue;
            }

            var direction = end.IsOutgoing ? EdgeDirection.Outgoing : EdgeDirection.Incoming;
            keys.Add(new GroupKey(Names.EnumValue(end.FieldName), AggregateKey.Neighbour(end.RelationshipType, direction),
                $"By the id of each node in {end.FieldName} ({relationship.Type}): a node counts once per neighbour, "
                    + "and in the null group when it has none.",
                null));
            if (end.FarLabels.Count != 1)
            {
                continue;
            }

            foreach (var far in Groupable(model.GetNode(end.FarLabels[0])).Where(p => p.Kind != PropertyKind.StringList))
            {
                keys.Add(new GroupKey(Names.EnumValue(end.FieldName) + "_" + Names.EnumValue(far.Name),
                    AggregateKey.Neighbour(end.RelationshipType, direction, far.Name),
                    $"By {far.Name} of each node in {end.FieldName} ({relationship.Type}): a node counts once per neighbour, and in "
                        + "the null group when it has none (or the neighbour has no value).",
                    far));
            }
        }

        var clash = keys.GroupBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return clash is null ? keys : throw new InvalidOperationException($"{label}: two group keys would be named {clash.Key}.");
    }

    /// <summary>Closed vocabularies and indexed properties, never personal ones nor the derived knownFrom.</summary>
    private static IEnumerable<PropertyDefinition> Groupable(NodeType type) =>
        type.Properties.Where(p => !p.IsPersonal && !p.IsDerived && (p.IsIndexed || p.AllowedValues is not null));
}
