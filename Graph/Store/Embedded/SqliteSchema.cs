namespace GraphServer.Store.Embedded;

/// <summary>
/// The embedded store's tables. Nodes and edges keep their properties as JSON; edges are keyed both ways so that
/// neighbours of many parents are one index range each.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes (
            id TEXT NOT NULL PRIMARY KEY,
            label TEXT NOT NULL,
            props TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS nodes_by_label ON nodes (label, id);
        CREATE TABLE IF NOT EXISTS edges (
            from_id TEXT NOT NULL,
            type TEXT NOT NULL,
            to_id TEXT NOT NULL,
            props TEXT NOT NULL,
            PRIMARY KEY (from_id, type, to_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS edges_by_target ON edges (to_id, type, from_id);
        """;
}
