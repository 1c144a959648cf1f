using GraphServer.Model;

namespace GraphServer.Store.Querying;

/// <summary>The relationship of a neighbour query and the far labels it asks for, checked against the model.</summary>
internal static class NeighbourLabels
{
    public static (RelationshipType Relationship, IReadOnlyList<string> Labels) Of(GraphModel model, NeighbourQuery query)
    {
        var relationship = model.FindRelationship(query.Type) ?? throw new ArgumentException($"'{query.Type}' is not a relationship type.");
        var allowed = query.Direction == EdgeDirection.Outgoing ? relationship.To : relationship.From;
        if (query.FarLabels is null)
        {
            return (relationship, allowed);
        }

        var unknown = query.FarLabels.FirstOrDefault(l => !allowed.Contains(l));
        if (unknown is not null || query.FarLabels.Count == 0)
        {
            throw new ArgumentException(
                $"{relationship.Type} reaches {string.Join(", ", allowed)} at that end; '{unknown ?? "(no label)"}' is not one of them.");
        }

        // In the model's order, so the statement text (and its plan) is the same whatever order the caller used.
        return (relationship, allowed.Where(query.FarLabels.Contains).ToList());
    }
}
