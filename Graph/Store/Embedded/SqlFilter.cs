using System.Text.Json;
using GraphServer.Model;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Compiles a normalised <see cref="Filter"/> to an SQL predicate over the JSON properties, with the same three-valued
/// results as the Cypher the Neo4j store sends (a comparison with a missing property is NULL, not false). Values are
/// parameters named <paramref name="prefix"/> and a number, so several filters can share one statement.
/// </summary>
internal sealed class SqlFilter(GraphModel model, SqliteCommand command, bool asOf, string prefix = "$f")
{
    private int _next;

    public string Compile(Filter filter, string alias, IReadOnlyList<string> labels, int depth = 0) => filter switch
    {
        AndFilter and => and.Operands.Count == 0 ? "1" : "(" + string.Join(" AND ", and.Operands.Select(f => Compile(f, alias, labels, depth))) + ")",
        OrFilter or => or.Operands.Count == 0 ? "0" : "(" + string.Join(" OR ", or.Operands.Select(f => Compile(f, alias, labels, depth))) + ")",
        NotFilter not => "NOT (" + Compile(not.Operand, alias, labels, depth) + ")",
        PropertyFilter property => Property(property, alias, labels),
        RelationshipFilter relationship => Relationship(relationship, alias, depth),
        _ => throw new ArgumentException($"{filter.GetType().Name} is not a filter the stores know."),
    };

    private string Property(PropertyFilter filter, string alias, IReadOnlyList<string> labels)
    {
        var property = SqlNames.Property(alias, filter.Property);
        var isList = labels.Select(l => model.GetNode(l).FindProperty(filter.Property)).Any(p => p?.Kind == PropertyKind.StringList);
        if (filter.Operator == FilterOperator.IsNull)
        {
            return (bool)filter.Value! ? $"{property} IS NULL" : $"{property} IS NOT NULL";
        }

        var value = Add(filter.Operator == FilterOperator.In ? JsonSerializer.Serialize((object?[])filter.Value!) : filter.Value);
        var path = $"'$.{SqlNames.Checked(filter.Property)}'";
        return filter.Operator switch
        {
            // NULL (not false) when the list is missing, as Cypher's `x IN null` is.
            FilterOperator.Contains when isList =>
                $"(CASE WHEN json_type({alias}.props, {path}) IS NULL THEN NULL " +
                $"ELSE EXISTS (SELECT 1 FROM json_each({alias}.props, {path}) WHERE value = {value}) END)",
            FilterOperator.Contains => $"instr({property}, {value}) > 0",
            FilterOperator.StartsWith => $"substr({property}, 1, length({value})) = {value}",
            FilterOperator.In => $"{property} IN (SELECT value FROM json_each({value}))",
            FilterOperator.Eq => $"{property} = {value}",
            FilterOperator.Neq => $"{property} <> {value}",
            FilterOperator.Gt => $"{property} > {value}",
            FilterOperator.Gte => $"{property} >= {value}",
            FilterOperator.Lt => $"{property} < {value}",
            FilterOperator.Lte => $"{property} <= {value}",
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Operator, null),
        };
    }

    private string Relationship(RelationshipFilter filter, string alias, int depth)
    {
        var type = model.FindRelationship(filter.Type)!;
        var outgoing = filter.Direction == EdgeDirection.Outgoing;
        var far = outgoing ? type.To : type.From;
        var (e, m) = ($"e{depth}", $"m{depth}");
        var (near, farColumn) = outgoing ? ("from_id", "to_id") : ("to_id", "from_id");
        var conditions = new List<string> { $"{e}.{near} = {alias}.id", $"{e}.type = {SqlNames.Literal(type.Type)}" };
        if (asOf)
        {
            conditions.Add(SqlAsOf.Row(e));
            conditions.Add(SqlAsOf.Node(model, m, far));
        }

        if (filter.Where is { } where)
        {
            var compiled = Compile(where, m, far, depth + 1);
            conditions.Add(filter.Quantifier == Quantifier.All ? "NOT (" + compiled + ")" : compiled);
        }

        if (filter.Quantifier == Quantifier.Some && Querying.FilterChain.IsSelective(model, filter))
        {
            // Uncorrelated: SQLite computes the set of near ids once, starting from the expression index of the far end,
            // instead of probing the relationship for every candidate row.
            conditions[0] = $"{m}.label = {SqlNames.Literal(far[0])}";
            return $"{alias}.id IN (SELECT {e}.{near} FROM nodes AS {m} JOIN edges AS {e} ON {e}.{farColumn} = {m}.id WHERE {string.Join(" AND ", conditions)})";
        }

        var exists = $"EXISTS (SELECT 1 FROM edges AS {e} JOIN nodes AS {m} ON {m}.id = {e}.{farColumn} WHERE {string.Join(" AND ", conditions)})";
        return filter.Quantifier == Quantifier.Some ? exists : "NOT " + exists;
    }

    private string Add(object? value)
    {
        var name = prefix + _next++;
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return name;
    }
}
