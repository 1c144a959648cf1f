using GraphServer.Model;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Compiles a normalised <see cref="Filter"/> to a Cypher predicate: names from the model, values as parameters.
/// Relationship quantifiers become EXISTS subqueries, which Neo4j stops at the first hit.
/// </summary>
internal sealed class CypherFilter(GraphModel model, CypherParameters parameters, bool asOf)
{
    public string Compile(Filter filter, string variable, IReadOnlyList<string> labels, int depth = 0) => filter switch
    {
        AndFilter and => and.Operands.Count == 0 ? "true" : "(" + string.Join(" AND ", and.Operands.Select(f => Compile(f, variable, labels, depth))) + ")",
        OrFilter or => or.Operands.Count == 0 ? "false" : "(" + string.Join(" OR ", or.Operands.Select(f => Compile(f, variable, labels, depth))) + ")",
        NotFilter not => "NOT (" + Compile(not.Operand, variable, labels, depth) + ")",
        PropertyFilter property => Property(property, variable, labels),
        RelationshipFilter relationship => Relationship(relationship, variable, depth),
        _ => throw new ArgumentException($"{filter.GetType().Name} is not a filter the stores know."),
    };

    private string Property(PropertyFilter filter, string variable, IReadOnlyList<string> labels)
    {
        var property = $"{variable}.{Cypher.Name(filter.Property)}";
        var isList = labels.Select(l => model.GetNode(l).FindProperty(filter.Property)).Any(p => p?.Kind == PropertyKind.StringList);
        return filter.Operator switch
        {
            FilterOperator.IsNull => (bool)filter.Value! ? $"{property} IS NULL" : $"{property} IS NOT NULL",
            FilterOperator.Contains when isList => $"{parameters.Add(filter.Value)} IN {property}",
            _ => $"{property} {Operator(filter.Operator)} {parameters.Add(filter.Value)}",
        };
    }

    private string Relationship(RelationshipFilter filter, string variable, int depth)
    {
        var type = model.FindRelationship(filter.Type)!;
        var far = filter.Direction == EdgeDirection.Outgoing ? type.To : type.From;
        var (r, m) = ($"r{depth}", $"m{depth}");
        var pattern = filter.Direction == EdgeDirection.Outgoing
            ? $"({variable})-[{r}:{Cypher.Name(type.Type)}]->({m})"
            : $"({variable})<-[{r}:{Cypher.Name(type.Type)}]-({m})";
        var conditions = new List<string>();
        if (asOf)
        {
            conditions.Add(CypherAsOf.Edge(r));
            conditions.Add(CypherAsOf.Node(model, m, far));
        }

        if (filter.Where is { } where)
        {
            var compiled = Compile(where, m, far, depth + 1);
            // All = no counterexample: a neighbour for which the condition is false.
            conditions.Add(filter.Quantifier == Quantifier.All ? "NOT (" + compiled + ")" : compiled);
        }

        var exists = $"EXISTS {{ MATCH {pattern}{(conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions))} }}";
        return filter.Quantifier == Quantifier.Some ? exists : "NOT " + exists;
    }

    private static string Operator(FilterOperator op) => op switch
    {
        FilterOperator.Eq => "=",
        FilterOperator.Neq => "<>",
        FilterOperator.In => "IN",
        FilterOperator.Contains => "CONTAINS",
        FilterOperator.StartsWith => "STARTS WITH",
        FilterOperator.Gt => ">",
        FilterOperator.Gte => ">=",
        FilterOperator.Lt => "<",
        FilterOperator.Lte => "<=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
