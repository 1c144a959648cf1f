namespace GraphServer.Store.Configuration;

/// <summary>
/// Which store to open and how, read from the environment variables the README documents:
/// GRAPH_STORE, GRAPH_DATA_DIR, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and GRAPH_STATEMENT_LOG for bench/).
/// </summary>
public sealed record StoreSettings
{
    public const string Embedded = "embedded";
    public const string Neo4j = "neo4j";

    public string Store { get; init; } = Embedded;

    public string DataDirectory { get; init; } = "./data";

    public string? Neo4jUri { get; init; }

    public string Neo4jUser { get; init; } = "neo4j";

    public string? Neo4jPassword { get; init; }

    /// <summary>
    /// A file that receives every read statement the Neo4j store sends, with its parameters, one JSON object a line;
    /// bench/ PROFILEs them next to the hand-written Cypher. Unset (the default) logs nothing.
    /// </summary>
    public string? StatementLog { get; init; }

    /// <summary>Reads settings through a lookup (configuration or environment) so hosts and the CLI agree.</summary>
    public static StoreSettings From(Func<string, string?> lookup) => new()
    {
        Store = NonEmpty(lookup("GRAPH_STORE"))?.Trim().ToLowerInvariant() ?? Embedded,
        DataDirectory = NonEmpty(lookup("GRAPH_DATA_DIR")) ?? "./data",
        Neo4jUri = NonEmpty(lookup("NEO4J_URI")),
        Neo4jUser = NonEmpty(lookup("NEO4J_USER")) ?? "neo4j",
        Neo4jPassword = lookup("NEO4J_PASSWORD"),
        StatementLog = NonEmpty(lookup("GRAPH_STATEMENT_LOG")),
    };

    /// <summary>The password never appears in logs.</summary>
    public override string ToString() =>
        Store == Neo4j ? $"neo4j at {Neo4jUri} as {Neo4jUser}" : $"embedded in {Path.GetFullPath(DataDirectory)}";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
