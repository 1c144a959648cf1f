using GraphServer.Store.Planning;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// A plan's aggregates inside its ONE statement. A root connection's aggregate counts every match of the root page: the
/// root statement becomes a <c>CALL () { … }</c> and each aggregate a <c>CALL () { MATCH … WITH keys, count(*) … }</c>
/// beside it. A relationship connection's aggregate counts per parent: a <c>CALL (parent) { MATCH (parent)-[…]-(node) … }</c>
/// at the parent's level, one list of <c>[keys…, count]</c> per parent. Both group as <see cref="AggregateAsync"/> does
/// (<see cref="AggregateKeys"/>), and the buckets are sorted here as it sorts them. The text depends only on the shape (the
/// plan cache's walk names each aggregate's label, keys, parents' relationship and filter structure).
/// </summary>
public sealed partial class Neo4jStore
{
    private void AppendAggregates(
        PlanSelection selection, int number, string parent, CypherParameters parameters, System.Text.StringBuilder calls, System.Text.StringBuilder columns)
    {
        if (selection.Aggregates.Count > 0)
        {
            var (aggregateCalls, aggregateColumns) = SelectionAggregates(selection, number, parent, parameters);
            calls.Append(aggregateCalls);
            columns.Append(aggregateColumns);
        }
    }

    /// <summary>
    /// The plan's statement with its root aggregates: without any, <paramref name="statement"/> itself; else the statement
    /// as a <c>CALL () { … }</c> and each aggregate a call beside it, its values numbered after the statement's.
    /// </summary>
    private string WithRootAggregates(PlanQuery plan, CypherParameters parameters, string statement)
    {
        if (plan.Aggregates.Count == 0)
        {
            return statement;
        }

        var calls = new System.Text.StringBuilder();
        var columns = new System.Text.StringBuilder();
        for (var j = 0; j < plan.Aggregates.Count; j++)
        {
            var query = plan.Aggregates[j];
            var grouping = AggregatePlan.Of(_model, query);
            var where = _filters.Normalise(query.Where, [grouping.Type.Label]);
            var clauses = new List<string> { Match(parameters, grouping.Type, where, query.AsOf) };
            calls.Append($"\nCALL () {{ {AggregateBody(grouping, query, "n", $"r{j}_", clauses)} AS ra{j} }}");
            columns.Append($", ra{j}");
        }

        return $"CALL () {{\n{statement}\n}}{calls}\nRETURN total, page{columns}";
    }

    /// <summary>The per-parent aggregates of a selection whose parents are bound to <paramref name="parent"/>, and their columns.</summary>
    private (string Calls, string Columns) SelectionAggregates(PlanSelection selection, int number, string parent, CypherParameters parameters)
    {
        var calls = new System.Text.StringBuilder();
        var columns = new System.Text.StringBuilder();
        for (var j = 0; j < selection.Aggregates.Count; j++)
        {
            var query = selection.Aggregates[j];
            var grouping = AggregatePlan.Of(_model, query);
            var (node, edge) = ($"an{number}_{j}", $"ar{number}_{j}");
            var conditions = NodeConditions(parameters, _filters.Normalise(query.Where, [grouping.Type.Label]), node, [grouping.Type.Label], query.AsOf);
            if (query.AsOf is not null)
            {
                conditions.Add(CypherAsOf.Edge(edge));
            }

            var parents = query.Parents ?? throw new ArgumentException("A per-parent aggregate names its relationship.", nameof(selection));
            var (type, label) = (Cypher.Name(parents.Type), Cypher.Name(grouping.Type.Label));
            var pattern = parents.Direction == EdgeDirection.Outgoing
                ? $"({parent})-[{edge}:{type}]->({node}:{label})"
                : $"({parent})<-[{edge}:{type}]-({node}:{label})";
            var clauses = new List<string> { $"MATCH {pattern}{Where(conditions)}" };
            calls.Append($" CALL ({parent}) {{ {AggregateBody(grouping, query, node, $"{number}_{j}_", clauses)} AS a{number}_{j} }}");
            columns.Append($", a{number}_{j}");
        }

        return (calls.ToString(), columns.ToString());
    }

    /// <summary>The grouping after the match clauses, up to <c>RETURN collect([keys…, count])</c> (the caller names it).</summary>
    private string AggregateBody(AggregatePlan grouping, AggregateQuery query, string node, string suffix, List<string> clauses)
    {
        var keys = new List<string>();
        AggregateKeys(grouping, query.AsOf, node, suffix, clauses, keys);
        var names = string.Join(", ", Enumerable.Range(0, grouping.Keys.Count).Select(i => $"k{suffix}{i}"));
        return $"{string.Join(' ', clauses)} WITH {string.Join(", ", keys)}, count(*) AS c{suffix} RETURN collect([{names}, c{suffix}])";
    }

    /// <summary>The root aggregates' lists, read into <paramref name="reading"/> under the empty parent id.</summary>
    private void ReadRootAggregates(PlanQuery plan, GraphServer.Bolt.BoltRecord record, PlanReading reading)
    {
        for (var j = 0; j < plan.Aggregates.Count; j++)
        {
            reading.Buckets(plan.Aggregates[j], string.Empty, ReadBuckets(plan.Aggregates[j], record[$"ra{j}"], null));
        }
    }

    /// <summary>One parent's (or the root's) buckets from a list of <c>[keys…, count]</c>, in AggregateAsync's order.</summary>
    private List<AggregateBucket> ReadBuckets(AggregateQuery query, object? value, string? parentId)
    {
        var grouping = AggregatePlan.Of(_model, query);
        return AggregatePlan.Sorted(((IReadOnlyList<object?>)value!).Select(item =>
        {
            var values = (IReadOnlyList<object?>)item!;
            return new AggregateBucket([.. grouping.Keys.Select((key, i) => KeyOf(key, values[i]))], (long)values[grouping.Keys.Count]!)
            {
                ParentId = parentId,
            };
        }));
    }
}
