namespace GraphServer.Store.Neo4j;

/// <summary>The tie-break every ORDER BY ends with, so pages are stable.</summary>
internal static class CypherOrder
{
    /// <summary>
    /// <c>node.id ASC</c> unless the order already has an <c>id</c> key: ids are unique, so a second id key orders
    /// nothing and only costs Neo4j a comparison per sorted row (the bench's filtered list ordered by id paid it).
    /// </summary>
    public static IEnumerable<string> IdTieBreak(IReadOnlyList<SortField> order, string node) =>
        order.Any(o => o.Property == "id") ? [] : [$"{node}.id ASC"];
}
