namespace GraphServer.Seed.Import;

/// <summary>Reads an import file record by record; each call to <see cref="Read"/> streams the file again from the start.</summary>
internal interface IGraphFileReader
{
    string Path { get; }

    IEnumerable<ImportRecord> Read();
}
