using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Aggregation as one statement: the counted nodes (by label through <see cref="CypherMatch"/>, or the far ends of the
/// parents' relationships), an UNWIND per list key, an OPTIONAL MATCH per neighbour key (a node without neighbours keeps
/// its null key), then count(*) per parent and keys. Values are parameters; names come from the model.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default)
    {
        var plan = AggregatePlan.Of(_model, query);
        var type = plan.Type;
        var where = _filters.Normalise(query.Where, [type.Label]);
        var parameters = new CypherParameters();
        var clauses = new List<string>
        {
            query.Parents is null ? Match(parameters, type, where, query.AsOf) : ParentsMatch(parameters, query, type, where),
        };
        var columns = new List<string> { query.Parents is null ? "null AS pid" : "pid" };
        AggregateKeys(plan, query.AsOf, "n", string.Empty, clauses, columns);
        var cypher = $"{string.Join('\n', clauses)}\nRETURN {string.Join(", ", columns)}, count(*) AS count";
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        return AggregatePlan.Sorted(result.Records.Select(r => new AggregateBucket(
            [.. plan.Keys.Select((key, i) => KeyOf(key, r[$"k{i}"]))], r.Get<long>("count"))
        {
            ParentId = r["pid"] as string,
        }));
    }

    /// <summary>
    /// The clauses and key columns (<c>k0, k1, …</c> after <paramref name="suffix"/>) that group the counted nodes bound to
    /// <paramref name="node"/>: an UNWIND per list key, an OPTIONAL MATCH per neighbour key (a node without neighbours keeps
    /// its null key). Its own variables carry the suffix, so a plan can hold several aggregates in one statement.
    /// </summary>
    private void AggregateKeys(AggregatePlan plan, DateOnly? asOf, string node, string suffix, List<string> clauses, List<string> columns)
    {
        for (var i = 0; i < plan.Keys.Count; i++)
        {
            var key = plan.Keys[i];
            if (key.Relationship is null && key.Property is { } property)
            {
                var value = $"{node}.{Cypher.Name(property.Name)}";
                if (key.IsList)
                {
                    // UNWIND of a missing list yields no row, as json_each does in the embedded store.
                    clauses.Add($"UNWIND {value} AS item{suffix}{i}");
                    value = $"item{suffix}{i}";
                }

                columns.Add($"{value} AS k{suffix}{i}");
                continue;
            }

            var (edge, far) = ($"g{suffix}{i}", $"m{suffix}{i}");
            var relationship = Cypher.Name(key.Relationship!.Type);
            var pattern = key.Direction == EdgeDirection.Outgoing
                ? $"({node})-[{edge}:{relationship}]->({far})"
                : $"({node})<-[{edge}:{relationship}]-({far})";
            var visible = asOf is null ? string.Empty : $" WHERE {CypherAsOf.Edge(edge)} AND {CypherAsOf.Node(_model, far, [])}";
            clauses.Add($"OPTIONAL MATCH {pattern}{visible}");
            columns.Add($"{far}.{(key.Property is { } farProperty ? Cypher.Name(farProperty.Name) : "id")} AS k{suffix}{i}");
        }
    }

    /// <summary>Each parent by id (deduplicated), its relationships of the type, and the far nodes of the label as <c>n</c>.</summary>
    private string ParentsMatch(CypherParameters parameters, AggregateQuery query, NodeType type, Filter? where)
    {
        var parents = query.Parents!;
        var conditions = NodeConditions(parameters, where, "n", [type.Label], query.AsOf);
        if (query.AsOf is not null)
        {
            conditions.Add(CypherAsOf.Edge("pr"));
        }

        parameters.Set("parents", parents.Ids.Distinct(StringComparer.Ordinal).Cast<object?>().ToList());
        var relationship = Cypher.Name(parents.Type);
        var label = Cypher.Name(type.Label);
        var pattern = parents.Direction == EdgeDirection.Outgoing
            ? $"(p:{Cypher.EntityLabel} {{id: pid}})-[pr:{relationship}]->(n:{label})"
            : $"(p:{Cypher.EntityLabel} {{id: pid}})<-[pr:{relationship}]-(n:{label})";
        return $"UNWIND $parents AS pid MATCH {pattern}{Where(conditions)}";
    }

    private static object? KeyOf(AggregatePlan.Key key, object? raw) => raw is not null && key.Property?.Kind == PropertyKind.Float
        ? Convert.ToDouble(raw, System.Globalization.CultureInfo.InvariantCulture)
        : raw;
}
