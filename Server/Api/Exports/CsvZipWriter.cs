using System.IO.Compression;
using System.Text;

namespace GraphServer.Api.Exports;

/// <summary>
/// Node and edge lists as CSV (RFC 4180, UTF-8, a list as a JSON array in its cell) in one zip, because one response can carry only
/// one file: <c>nodes.csv</c> (<c>Id,Label,type,…</c>), <c>edges.csv</c> (<c>Source,Target,Type,Id,Label,…</c>) and
/// <c>graph.csv</c> (<c>name,value</c>: description, truncated, cutBy, listAttributes). The header names are the ones Gephi's import
/// wizard and Kumu recognise: Label is the display name (nodes) or the relationship type (edges), and Type is Gephi's
/// edge direction, always Directed. Cells that a spreadsheet would run as a formula are neutralised (<see cref="CsvFormulaGuard"/>).
/// </summary>
internal sealed class CsvZipWriter : IGraphExportWriter
{
    public const string NodesFile = "nodes.csv";
    public const string EdgesFile = "edges.csv";
    public const string GraphFile = "graph.csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "csv";

    public string ContentType => "application/zip";

    public string FileExtension => "csv.zip";

    public async Task WriteAsync(ExportGraph graph, ExportColumns columns, ExportSink sink, CancellationToken cancellationToken)
    {
        using (var zip = new ZipArchive(sink, ZipArchiveMode.Create, leaveOpen: true))
        {
            // StreamWriter and the deflater pass their few kilobytes on when full; a flush per row would cost the
            // deflater its window, so the sink drains whatever has arrived.
            var nodeColumns = columns.Node.Where(c => c.Name != ExportColumns.Label).ToList();
            await using (var nodes = Entry(zip, NodesFile))
            {
                Row(nodes, ["Id", "Label", .. nodeColumns.Select(c => c.Name)]);
                await foreach (var record in graph.Nodes.WithCancellation(cancellationToken))
                {
                    var values = Cells(nodeColumns, columns.Values(record));
                    Row(nodes, [record.Node.Id, columns.DisplayName(record.Node), .. values]);
                    await sink.DrainAsync(cancellationToken);
                }
            }

            await using (var edges = Entry(zip, EdgesFile))
            {
                Row(edges, ["Source", "Target", "Type", "Id", "Label", .. columns.Edge.Select(c => c.Name)]);
                await foreach (var record in graph.Edges.WithCancellation(cancellationToken))
                {
                    var edge = record.Edge;
                    var values = Cells(columns.Edge, columns.Values(record));
                    Row(edges, [edge.FromId, edge.ToId, "Directed", ExportColumns.EdgeId(edge), edge.Type, .. values]);
                    await sink.DrainAsync(cancellationToken);
                }
            }

            await using (var attributes = Entry(zip, GraphFile))
            {
                Row(attributes, ["name", "value"]);
                Row(attributes, ["description", graph.Description]);
                foreach (var (column, value) in ExportGraphAttributes.Values(graph))
                {
                    Row(attributes, [column.Name, ExportValues.Text(value)]);
                }

                var (list, names) = ExportGraphAttributes.ListDeclaration(columns);
                Row(attributes, [list.Name, ExportValues.Text(names)]);
            }
        }

        await sink.DrainAsync(cancellationToken, force: true);
    }

    private static StreamWriter Entry(ZipArchive zip, string name) =>
        new(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), Utf8) { NewLine = "\r\n" };

    private static IEnumerable<string> Cells(IReadOnlyList<ExportColumn> columns, IEnumerable<(ExportColumn Column, object Value)> values)
    {
        var byName = values.ToDictionary(v => v.Column.Name, v => v.Value, StringComparer.Ordinal);
        return columns.Select(c => byName.TryGetValue(c.Name, out var value) ? ExportValues.Text(value) : string.Empty);
    }

    private static void Row(StreamWriter writer, IEnumerable<string> cells)
    {
        writer.Write(string.Join(',', cells.Select(c => Quote(CsvFormulaGuard.Neutralise(c)))));
        writer.WriteLine();
    }

    /// <summary>
    /// RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. A semicolon is quoted too: where
    /// the locale's list separator is ';', a spreadsheet would otherwise start a new cell there, one the formula guard
    /// never saw.
    /// </summary>
    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",;\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
