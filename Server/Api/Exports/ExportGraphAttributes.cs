namespace GraphServer.Api.Exports;

/// <summary>
/// The graph-level attributes every format writes: <c>truncated</c> (true when a limit left records out) and
/// <c>cutBy</c> (that limit, <c>limit=500</c>), so a saved file still says it is not the whole answer.
/// </summary>
internal static class ExportGraphAttributes
{
    public const string Truncated = "truncated";
    public const string CutBy = "cutBy";

    public static IReadOnlyList<ExportColumn> Columns { get; } =
        [new(Truncated, ExportKind.Boolean, false), new(CutBy, ExportKind.String, false)];

    public static IEnumerable<(ExportColumn Column, object Value)> Values(ExportGraph graph)
    {
        yield return (Columns[0], graph.Truncated);
        if (graph.Cut is { } cut)
        {
            yield return (Columns[1], cut.Text);
        }
    }

    /// <summary>For formats whose only graph-level text is a description (GEXF).</summary>
    public static string DescriptionWithCut(ExportGraph graph) =>
        graph.Cut is { } cut ? $"{graph.Description}. Truncated: cut by {cut.Text}, so records beyond it are left out." : graph.Description;
}
