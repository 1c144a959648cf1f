using GraphServer.Model;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// The MATCH that starts a node query. A filter such as "recruiters that placed an offer targeting the country with
/// iso2 KE" compiled as EXISTS subqueries makes Neo4j scan every recruiter; a Neo4j expert writes the chain as a pattern
/// so the planner can start from the selective end (an index seek on Country.iso2) and walk back. So when a top-level
/// <c>some</c> chain ends in an equality on an indexed property, the chain becomes the pattern, followed by
/// <c>WITH DISTINCT n</c> (some = at least one, so duplicates are dropped); everything else stays a WHERE condition.
/// </summary>
internal sealed class CypherMatch(GraphModel model, CypherParameters parameters, DateOnly? asOf)
{
    /// <summary>MATCH ... [WITH DISTINCT n] [WHERE ...] for nodes of <paramref name="type"/> bound to <c>n</c>.</summary>
    public string Build(NodeType type, Filter? where)
    {
        var conjuncts = where is AndFilter and ? and.Operands.ToList() : where is null ? [] : [where];
        var anchor = conjuncts.OfType<RelationshipFilter>().FirstOrDefault(r => Chain(r) is { } chain && Selective(chain));
        var filter = new CypherFilter(model, parameters, asOf is not null);
        var label = Cypher.Name(type.Label);
        var nodeConditions = new List<string>();
        if (asOf is not null)
        {
            nodeConditions.Add(CypherAsOf.Node(model, "n", [type.Label]));
        }

        nodeConditions.AddRange(conjuncts.Where(c => !ReferenceEquals(c, anchor)).Select(c => filter.Compile(c, "n", [type.Label])));
        if (anchor is null)
        {
            return $"MATCH (n:{label}){Where(nodeConditions)}";
        }

        var pattern = new System.Text.StringBuilder($"(n:{label})");
        var chainConditions = new List<string>();
        var steps = Chain(anchor)!;
        for (var i = 0; i < steps.Count; i++)
        {
            var (relationship, far, rest) = steps[i];
            var (r, m) = ($"cr{i}", $"c{i}");
            var type2 = Cypher.Name(relationship.Type);
            var labels = string.Join('|', far.Select(Cypher.Name));
            pattern.Append(relationship.Direction == EdgeDirection.Outgoing ? $"-[{r}:{type2}]->({m}:{labels})" : $"<-[{r}:{type2}]-({m}:{labels})");
            if (asOf is not null)
            {
                chainConditions.Add(CypherAsOf.Edge(r));
                chainConditions.Add(CypherAsOf.Node(model, m, far));
            }

            chainConditions.AddRange(rest.Select(c => filter.Compile(c, m, far)));
        }

        return $"MATCH {pattern}{Where(chainConditions)} WITH DISTINCT n{Where(nodeConditions)}";
    }

    /// <summary>
    /// The steps of a chain of <c>some</c> filters, each with the relationship, the far labels and the other conditions at
    /// that level; null if it is not a plain chain (a quantifier other than some, or a type used twice).
    /// </summary>
    private List<(RelationshipFilter Relationship, IReadOnlyList<string> Far, List<Filter> Others)>? Chain(RelationshipFilter start)
    {
        var steps = new List<(RelationshipFilter, IReadOnlyList<string>, List<Filter>)>();
        for (RelationshipFilter? current = start; current is not null;)
        {
            if (current.Quantifier != Quantifier.Some || steps.Any(s => s.Item1.Type == current.Type))
            {
                return null;
            }

            var type = model.FindRelationship(current.Type)!;
            var far = current.Direction == EdgeDirection.Outgoing ? type.To : type.From;
            var operands = current.Where is AndFilter and ? and.Operands.ToList() : current.Where is null ? [] : [current.Where];
            var next = operands.OfType<RelationshipFilter>().FirstOrDefault(r => r.Quantifier == Quantifier.Some);
            steps.Add((current, far, operands.Where(o => !ReferenceEquals(o, next)).ToList()));
            current = next;
        }

        return steps;
    }

    /// <summary>The last step pins an indexed property of a single label to a value or a few: a seek the planner can start from.</summary>
    private bool Selective(List<(RelationshipFilter Relationship, IReadOnlyList<string> Far, List<Filter> Others)> chain)
    {
        var (_, far, rest) = chain[^1];
        return far.Count == 1 && rest.OfType<PropertyFilter>().Any(p =>
            p.Operator is FilterOperator.Eq or FilterOperator.In
            && (p.Property == CommonProperties.Id || model.GetNode(far[0]).FindProperty(p.Property)?.IsIndexed == true));
    }

    private static string Where(List<string> conditions) => conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
}
