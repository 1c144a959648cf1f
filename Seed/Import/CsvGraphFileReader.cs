using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store;

namespace GraphServer.Seed.Import;

/// <summary>
/// Streams a one-table CSV: a header row, then one row per record. <c>record</c> is <c>node</c> (with <c>label</c>, <c>id</c>)
/// or <c>relationship</c> (with <c>type</c>, <c>from</c>, <c>to</c>); other columns are properties, an empty cell is no value.
/// </summary>
internal sealed class CsvGraphFileReader(string path, GraphModel model) : IGraphFileReader
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        // Hand-written files often drop trailing empty cells; a short row just has no values there.
        DetectColumnCountChanges = false,
        TrimOptions = TrimOptions.Trim,
    };

    public string Path => path;

    public IEnumerable<ImportRecord> Read()
    {
        using var text = new StreamReader(path);
        using var csv = new CsvReader(text, Configuration);
        string[] header;
        string? unreadable = null;
        try
        {
            header = ReadHeader(csv);
        }
        catch (CsvHelperException e)
        {
            (header, unreadable) = ([], e.Message.Split(Environment.NewLine)[0]);
        }

        if (unreadable is not null)
        {
            yield return ImportRecord.Broken(1, "csv", unreadable);
        }

        if (header.Length == 0)
        {
            yield break;
        }

        if (!header.Contains(CsvColumns.Record))
        {
            yield return ImportRecord.Broken(1, CsvColumns.Record, "the header row has no record column (node or relationship)");
            yield break;
        }

        var previousRow = csv.Parser.RawRow;
        while (true)
        {
            ImportRecord? record;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }

                record = ToRecord(previousRow + 1, header, csv.Parser.Record ?? []);
            }
            catch (CsvHelperException e)
            {
                record = ImportRecord.Broken(csv.Parser.RawRow, "csv", e.Message.Split(Environment.NewLine)[0]);
            }

            previousRow = csv.Parser.RawRow;
            yield return record;
            if (record.Node is null && record.Edge is null && record.Problems.Any(p => p.Field == "csv"))
            {
                yield break; // the parser cannot find its footing after a malformed row
            }
        }
    }

    /// <summary>The column names, or none for an empty file.</summary>
    private static string[] ReadHeader(CsvReader csv) => csv.Read() && csv.ReadHeader() ? csv.HeaderRecord ?? [] : [];

    private ImportRecord ToRecord(long line, string[] header, string[] cells)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length && i < cells.Length; i++)
        {
            if (cells[i].Length > 0)
            {
                row[header[i]] = cells[i];
            }
        }

        var kind = row.GetValueOrDefault(CsvColumns.Record) ?? string.Empty;
        return kind switch
        {
            CsvColumns.NodeKind => NodeRecord(line, row),
            CsvColumns.RelationshipKind => EdgeRecord(line, row),
            _ => ImportRecord.Broken(line, CsvColumns.Record, $"'{kind}' is neither {CsvColumns.NodeKind} nor {CsvColumns.RelationshipKind}"),
        };
    }

    private ImportRecord NodeRecord(long line, Dictionary<string, string> row)
    {
        var label = row.GetValueOrDefault(CsvColumns.Label) ?? string.Empty;
        var type = model.FindNode(label);
        var problems = Misplaced(row, CsvColumns.RelationshipOnly, "a node");
        // id stays among the properties: the validator checks it against the node's id and fills it in.
        var properties = Properties(row, [CsvColumns.Record, CsvColumns.Label, .. CsvColumns.RelationshipOnly, .. CsvColumns.Provenance],
            name => type?.FindProperty(name));
        var id = row.GetValueOrDefault(CsvColumns.Id) ?? string.Empty;
        return new ImportRecord(line, new GraphNode(id, label, properties), null, problems)
        {
            Citations = RecordSources.Citations(id, Sources(row, problems)),
        };
    }

    private ImportRecord EdgeRecord(long line, Dictionary<string, string> row)
    {
        var typeName = row.GetValueOrDefault(CsvColumns.Type) ?? string.Empty;
        var type = model.FindRelationship(typeName);
        var problems = Misplaced(row, [.. CsvColumns.NodeOnly, CsvColumns.Id], "a relationship");
        var properties = Properties(row, [CsvColumns.Record, CsvColumns.Id, .. CsvColumns.NodeOnly, .. CsvColumns.RelationshipOnly, .. CsvColumns.Provenance],
            name => type?.FindProperty(name));
        RecordSources.AddToRelationship(properties, Sources(row, problems));
        var edge = new GraphEdge(typeName, row.GetValueOrDefault(CsvColumns.From) ?? string.Empty, row.GetValueOrDefault(CsvColumns.To) ?? string.Empty, properties);
        return new ImportRecord(line, null, edge, problems);
    }

    private static Dictionary<string, object?> Properties(Dictionary<string, string> row, string[] structural, Func<string, PropertyDefinition?> find)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, text) in row)
        {
            if (!structural.Contains(name))
            {
                properties[name] = CsvValues.Convert(find(name), text);
            }
        }

        return properties;
    }

    /// <summary>The <c>sources</c> and <c>quotes</c> cells as (id, quote) pairs; more quotes than sources is a problem.</summary>
    private static List<(string Id, string? Quote)> Sources(Dictionary<string, string> row, List<FieldProblem> problems)
    {
        var ids = row.GetValueOrDefault(CsvColumns.Sources)?.Split(CsvColumns.ListSeparator, StringSplitOptions.TrimEntries) ?? [];
        var quotes = row.GetValueOrDefault(CsvColumns.Quotes)?.Split(CsvColumns.ListSeparator, StringSplitOptions.TrimEntries) ?? [];
        if (quotes.Length > ids.Length)
        {
            problems.Add(new FieldProblem(CsvColumns.Quotes, $"has {quotes.Length} quotes for {ids.Length} source(s)"));
        }

        return ids.Select((id, i) => (id, i < quotes.Length && quotes[i].Length > 0 ? quotes[i] : (string?)null)).ToList();
    }

    private static List<FieldProblem> Misplaced(Dictionary<string, string> row, string[] columns, string what) =>
        columns.Where(row.ContainsKey).Select(c => new FieldProblem(c, $"has a value, but {what} row does not use it")).ToList();
}
