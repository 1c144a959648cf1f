namespace GraphServer.Api.Exports;

/// <summary>The formats /export/{format} serves, by route name.</summary>
internal static class ExportFormats
{
    public static IReadOnlyList<IGraphExportWriter> All { get; } =
    [
        new GraphMLWriter(), new GexfWriter(), new CytoscapeJsonWriter(), new GraphMLWriter(forYed: true), new GraphologyJsonWriter(),
        new CsvZipWriter(),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(w => w.Format)];

    public static IGraphExportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
