using GraphServer.Model;

namespace GraphServer.Store.Querying;

/// <summary>
/// A chain of nested <c>some</c> filters (recruiters that placed an offer that targets the country with iso2 KE), seen
/// as steps. When the last step pins an indexed property to a value, both stores evaluate the chain from that end
/// (Neo4j as a pattern from an index seek, SQLite as an uncorrelated IN subquery from the expression index) instead of
/// testing it for every candidate node.
/// </summary>
internal static class FilterChain
{
    /// <summary>The steps of the chain starting at <paramref name="start"/>, or null if it is not a plain chain of distinct types.</summary>
    public static List<FilterStep>? Steps(GraphModel model, RelationshipFilter start)
    {
        var steps = new List<FilterStep>();
        for (RelationshipFilter? current = start; current is not null;)
        {
            if (current.Quantifier != Quantifier.Some || steps.Any(s => s.Relationship.Type == current.Type))
            {
                return null;
            }

            var type = model.FindRelationship(current.Type)!;
            var far = current.Direction == EdgeDirection.Outgoing ? type.To : type.From;
            var operands = current.Where is AndFilter and ? and.Operands.ToList() : current.Where is null ? [] : [current.Where];
            var next = operands.OfType<RelationshipFilter>().FirstOrDefault(r => r.Quantifier == Quantifier.Some);
            steps.Add(new FilterStep(current, far, operands.Where(o => !ReferenceEquals(o, next)).ToList()));
            current = next;
        }

        return steps;
    }

    /// <summary>Whether the chain ends in eq/in on the id or an indexed property of a single label: a seek to start from.</summary>
    public static bool IsSelective(GraphModel model, RelationshipFilter start) =>
        Steps(model, start) is { } steps && steps[^1].Far.Count == 1 && steps[^1].Others.OfType<PropertyFilter>().Any(p =>
            p.Operator is FilterOperator.Eq or FilterOperator.In
            && (p.Property == CommonProperties.Id || model.GetNode(steps[^1].Far[0]).FindProperty(p.Property)?.IsIndexed == true));
}
