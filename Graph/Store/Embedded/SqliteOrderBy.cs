using GraphServer.Model;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// ORDER BY for the embedded store, matching Neo4j's order: nulls last ascending and first descending, then id.
/// Property names come from the model; their JSON paths travel as parameters.
/// </summary>
internal static class SqliteOrderBy
{
    public static string Build(NodeType type, IReadOnlyList<SortField> order, SqliteCommand command)
    {
        var terms = new List<string>();
        for (var i = 0; i < order.Count; i++)
        {
            var property = type.FindProperty(order[i].Property)
                ?? throw new ArgumentException($"{type.Label} has no property '{order[i].Property}' to order by.");
            var direction = order[i].Direction == SortDirection.Descending ? "DESC" : "ASC";
            var parameter = $"$order{i}";
            command.Parameters.AddWithValue(parameter, "$." + property.Name);
            terms.Add($"(json_extract(props, {parameter}) IS NULL) {direction}, json_extract(props, {parameter}) {direction}");
        }

        terms.Add("id ASC");
        return " ORDER BY " + string.Join(", ", terms);
    }
}
