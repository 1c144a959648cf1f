using GraphServer.Model;

namespace GraphServer.Seed.Import;

/// <summary>Chooses the reader by extension: <c>.json</c> is the GraphDocument format, <c>.csv</c> the one-table format.</summary>
internal static class GraphFileReaders
{
    public static IGraphFileReader For(string path, GraphModel model) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => new JsonGraphFileReader(path),
        ".csv" => new CsvGraphFileReader(path, model),
        _ => throw new ArgumentException($"{path}: cannot import this file type; use .json or .csv.", nameof(path)),
    };
}
