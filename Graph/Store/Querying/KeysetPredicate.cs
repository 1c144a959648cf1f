namespace GraphServer.Store.Querying;

/// <summary>
/// "Comes after the anchor row in this order" as one predicate, in syntax Cypher and SQLite share: for keys k1..kn then
/// id, (k1 after) OR (k1 same AND k2 after) OR ... OR (all same AND id greater). "After" follows the contract's order:
/// nulls last ascending, first descending. "Same" treats two nulls as equal.
/// </summary>
internal static class KeysetPredicate
{
    /// <param name="keys">Each key as the expression on the row, the expression on the anchor, and its direction.</param>
    public static string Build(IReadOnlyList<(string Row, string Anchor, bool Descending)> keys, string rowId, string anchorId)
    {
        var terms = new List<string>();
        var same = new List<string>();
        foreach (var (row, anchor, descending) in keys)
        {
            var after = descending
                ? $"({row} IS NOT NULL AND ({anchor} IS NULL OR {row} < {anchor}))"
                : $"({anchor} IS NOT NULL AND ({row} IS NULL OR {row} > {anchor}))";
            terms.Add(string.Join(" AND ", same.Append(after)));
            same.Add($"(coalesce({row} = {anchor}, false) OR ({row} IS NULL AND {anchor} IS NULL))");
        }

        terms.Add(string.Join(" AND ", same.Append($"{rowId} > {anchorId}")));
        return "(" + string.Join(" OR ", terms.Select(t => "(" + t + ")")) + ")";
    }
}
