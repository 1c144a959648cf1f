using System.Text.Json;
using GraphServer.Model;
using GraphServer.Store.Querying;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Aggregation as one statement: the counted nodes (of the label, or the far ends of the parents' relationships), a
/// json_each per list key, a LEFT JOIN of edges per neighbour key (so a node without neighbours keeps its null key),
/// GROUP BY the parent and every key.
/// </summary>
public sealed partial class EmbeddedStore
{
    public async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await ReadAsync(cancellationToken);
        return await AggregateAsync(session, query, cancellationToken);
    }

    /// <summary>An aggregate inside a read session another read shares (a plan's).</summary>
    private async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(ReadSession session, AggregateQuery query, CancellationToken cancellationToken)
    {
        var plan = AggregatePlan.Of(_model, query);
        var type = plan.Type;
        var where = _filters.Normalise(query.Where, [type.Label]);
        await using var command = session.Command();
        var conditions = NodeConditions(command, where, "n", [type.Label], query.AsOf);
        command.Parameters.AddWithValue("$label", type.Label);
        var from = query.Parents is null ? "nodes AS n" : ParentsJoin(command, query.Parents, query.AsOf, ref conditions);
        var columns = new List<string> { query.Parents is null ? "NULL" : "k.value" };
        var joins = new List<string>();
        for (var i = 0; i < plan.Keys.Count; i++)
        {
            var (column, join) = KeyColumn(command, plan.Keys[i], i, query.AsOf);
            columns.Add(column);
            joins.Add(join);
        }

        command.CommandText = $"""
            SELECT {string.Join(", ", columns)}, count(*) FROM {from}{string.Concat(joins)}
            WHERE n.label = $label{conditions}
            GROUP BY {string.Join(", ", columns.Select((_, i) => i + 1))}
            """;
        var buckets = new List<AggregateBucket>();
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var keys = plan.Keys.Select((key, i) => reader.IsDBNull(i + 1) ? null : KeyOf(key, reader.GetValue(i + 1))).ToList();
            buckets.Add(new AggregateBucket(keys, reader.GetInt64(plan.Keys.Count + 1))
            {
                ParentId = reader.IsDBNull(0) ? null : reader.GetString(0),
            });
        }

        return AggregatePlan.Sorted(buckets);
    }

    /// <summary>The parents (deduplicated), their relationships of the type, and the far nodes as <c>n</c>.</summary>
    private static string ParentsJoin(SqliteCommand command, AggregateParents parents, DateOnly? asOf, ref string conditions)
    {
        var (parentColumn, farColumn) = parents.Direction == EdgeDirection.Outgoing ? ("from_id", "to_id") : ("to_id", "from_id");
        command.Parameters.AddWithValue("$parents", JsonSerializer.Serialize(parents.Ids.Distinct(StringComparer.Ordinal)));
        command.Parameters.AddWithValue("$parentType", parents.Type);
        if (asOf is not null)
        {
            conditions += " AND " + SqlAsOf.Row("pe");
        }

        return $"""
            json_each($parents) AS k
              JOIN edges AS pe ON pe.{parentColumn} = k.value AND pe.type = $parentType
              JOIN nodes AS n ON n.id = pe.{farColumn}
            """;
    }

    /// <summary>The key's column and the join that yields it (empty for a scalar property).</summary>
    private (string Column, string Join) KeyColumn(SqliteCommand command, AggregatePlan.Key key, int index, DateOnly? asOf)
    {
        if (key.Relationship is null && key.Property is { } property)
        {
            return key.IsList
                ? ($"j{index}.value", $" JOIN json_each(n.props, '$.{SqlNames.Checked(property.Name)}') AS j{index}")
                : (SqlNames.Property("n", property.Name), string.Empty);
        }

        var (near, far) = key.Direction == EdgeDirection.Outgoing ? ("from_id", "to_id") : ("to_id", "from_id");
        var (edge, node, parameter) = ($"g{index}", $"m{index}", $"$keyType{index}");
        command.Parameters.AddWithValue(parameter, key.Relationship!.Type);
        // Under asOf a link counts only when it and its far node are visible (the store contract's rule for neighbours).
        var visible = asOf is null
            ? string.Empty
            : $" AND {SqlAsOf.Row(edge)} AND EXISTS (SELECT 1 FROM nodes AS {node} WHERE {node}.id = {edge}.{far} AND {SqlAsOf.Row(node)})";
        var join = $" LEFT JOIN edges AS {edge} ON {edge}.{near} = n.id AND {edge}.type = {parameter}{visible}";
        return key.Property is { } farProperty
            ? (SqlNames.Property($"f{index}", farProperty.Name), $"{join} LEFT JOIN nodes AS f{index} ON f{index}.id = {edge}.{far}")
            : ($"{edge}.{far}", join);
    }

    private static object KeyOf(AggregatePlan.Key key, object raw) => key.Property?.Kind switch
    {
        PropertyKind.Boolean => Convert.ToInt64(raw, System.Globalization.CultureInfo.InvariantCulture) != 0,
        PropertyKind.Float => Convert.ToDouble(raw, System.Globalization.CultureInfo.InvariantCulture),
        _ => raw,
    };
}
