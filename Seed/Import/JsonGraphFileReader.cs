namespace GraphServer.Seed.Import;

/// <summary>Streams the records of a GraphDocument JSON file (<c>{"nodes": [...], "relationships": [...]}</c>).</summary>
internal sealed class JsonGraphFileReader(string path) : IGraphFileReader
{
    public string Path => path;

    public IEnumerable<ImportRecord> Read()
    {
        using var stream = File.OpenRead(path);
        var cursor = new JsonRecordCursor(stream);
        while (cursor.Next() is { } record)
        {
            yield return record;
        }
    }
}
