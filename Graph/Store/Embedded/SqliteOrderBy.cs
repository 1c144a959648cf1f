using GraphServer.Model;

namespace GraphServer.Store.Embedded;

/// <summary>
/// ORDER BY terms for the embedded store, matching Neo4j's order: nulls last ascending and first descending, then id.
/// Property names come from the model and are written as the indexed expressions (<see cref="SqlNames.Property"/>).
/// </summary>
internal static class SqliteOrderBy
{
    /// <param name="alias">Table alias of the nodes row (<c>n</c>).</param>
    public static string Terms(IReadOnlyList<SortField> order, Func<string, PropertyDefinition?> find, string alias)
    {
        var terms = new List<string>();
        foreach (var field in order)
        {
            var property = find(field.Property) ?? throw new ArgumentException($"There is no property '{field.Property}' to order by.");
            var direction = field.Direction == SortDirection.Descending ? "DESC" : "ASC";
            var value = SqlNames.Property(alias, property.Name);
            if (property.Name == CommonProperties.Id)
            {
                // Never null, and unique: the last term of any order.
                terms.Add($"{value} {direction}");
                return string.Join(", ", terms);
            }

            terms.Add($"({value} IS NULL) {direction}, {value} {direction}");
        }

        terms.Add($"{alias}.id ASC");
        return string.Join(", ", terms);
    }
}
