using GraphServer.Model;
using GraphServer.Store.Querying;

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
        var anchor = conjuncts.OfType<RelationshipFilter>().FirstOrDefault(r => FilterChain.IsSelective(model, r));
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
        var steps = FilterChain.Steps(model, anchor)!;
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

    private static string Where(List<string> conditions) => conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
}
