using System.Text.Json;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Appends each statement the store reads with, and its parameters, to a file as one JSON line: the benchmark in
/// bench/ PROFILEs exactly what the server ran (Neo4j Community has no query log). For measurement runs only: every
/// statement opens the file, so a server under load should not have it set.
/// </summary>
internal sealed class StatementLogFile(string path)
{
    private readonly Lock _gate = new();

    public void Append(string cypher, IReadOnlyDictionary<string, object?> parameters)
    {
        var line = JsonSerializer.Serialize(new Dictionary<string, object?> { ["cypher"] = cypher, ["parameters"] = parameters });
        lock (_gate)
        {
            File.AppendAllText(path, line + "\n");
        }
    }
}
