namespace GraphServer.Api.Exports;

/// <summary>
/// The graph-level attributes every format writes: <c>truncated</c> (true when a limit left records out) and
/// <c>cutBy</c> (that limit, <c>limit=500</c>), so a saved file still says it is not the whole answer. The text formats
/// (GraphML, CSV's graph.csv; GEXF in its description) add <c>listAttributes</c>: the names of the attributes whose value
/// is a JSON array of strings (<see cref="ExportValues.List"/>), so a reader knows what to decode without our docs.
/// </summary>
internal static class ExportGraphAttributes
{
    public const string Truncated = "truncated";
    public const string CutBy = "cutBy";
    public const string ListAttributes = "listAttributes";

    /// <summary>What GEXF's description says before the list of list attributes; readers find the JSON array after it.</summary>
    public const string ListSentence = "List attributes, each a JSON array of strings: ";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
        [new(Truncated, ExportKind.Boolean, false), new(CutBy, ExportKind.String, false)];

    public static ExportColumn ListColumn { get; } = new(ListAttributes, ExportKind.String, false);

    public static IEnumerable<(ExportColumn Column, object Value)> Values(ExportGraph graph)
    {
        yield return (Columns[0], graph.Truncated);
        if (graph.Cut is { } cut)
        {
            yield return (Columns[1], cut.Text);
        }
    }

    /// <summary><c>listAttributes</c> as the text formats write it: a JSON array of the list-valued attribute names.</summary>
    public static (ExportColumn Column, object Value) ListDeclaration(ExportColumns columns) =>
        (ListColumn, ExportValues.List(columns.Node.Concat(columns.Edge).Where(c => c.IsList).Select(c => c.Name)
            .Distinct(StringComparer.Ordinal)));

    /// <summary>For formats whose only graph-level text is a description (GEXF).</summary>
    public static string DescriptionWithCut(ExportGraph graph, ExportColumns columns)
    {
        var description = graph.Cut is { } cut
            ? $"{graph.Description}. Truncated: cut by {cut.Text}, so records beyond it are left out."
            : graph.Description + ".";
        return $"{description} {ListSentence}{ListDeclaration(columns).Value}";
    }
}
