using GraphServer.Model;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// ORDER BY terms for the embedded store, matching Neo4j's order: nulls last ascending and first descending, then id.
/// Property names come from the model; their JSON paths travel as parameters.
/// </summary>
internal static class SqliteOrderBy
{
    /// <param name="alias">Table alias of the nodes row, with its dot (<c>n.</c>), or empty.</param>
    public static string Terms(IReadOnlyList<SortField> order, Func<string, PropertyDefinition?> find, SqliteCommand command, string alias = "")
    {
        var terms = new List<string>();
        for (var i = 0; i < order.Count; i++)
        {
            var property = find(order[i].Property) ?? throw new ArgumentException($"There is no property '{order[i].Property}' to order by.");
            var direction = order[i].Direction == SortDirection.Descending ? "DESC" : "ASC";
            var parameter = $"$order{i}";
            command.Parameters.AddWithValue(parameter, "$." + property.Name);
            terms.Add($"(json_extract({alias}props, {parameter}) IS NULL) {direction}, json_extract({alias}props, {parameter}) {direction}");
        }

        terms.Add($"{alias}id ASC");
        return string.Join(", ", terms);
    }
}
