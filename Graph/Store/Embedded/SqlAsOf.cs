using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Embedded;

/// <summary>The as-of predicates in SQL, the same comparisons as <c>CypherAsOf</c> (semantics on <see cref="IGraphStore"/>).</summary>
internal static class SqlAsOf
{
    public const string Parameter = "$asOf";

    public static string Row(string alias) =>
        $"ifnull({SqlNames.Property(alias, CommonProperties.ValidFrom)}, '') <= {Parameter} AND " +
        $"ifnull({SqlNames.Property(alias, CommonProperties.ValidTo)}, '{AsOfDay.EndOfTime}') >= {Parameter}";

    public static string Node(GraphModel model, string alias, IReadOnlyList<string> labels)
    {
        var terms = new List<string> { Row(alias) };
        foreach (var label in labels)
        {
            if (model.GetNode(label).KnownFrom is { } known)
            {
                var test = $"ifnull({SqlNames.Property(alias, known.Name)}, '') <= {Parameter}";
                terms.Add(labels.Count == 1 ? test : $"({alias}.label <> {SqlNames.Literal(label)} OR {test})");
            }
        }

        return string.Join(" AND ", terms);
    }
}
