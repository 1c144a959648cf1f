using System.Security.Cryptography;
using System.Text;
using GraphServer.Bolt;
using GraphServer.Model;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Constraints and indexes, applied idempotently (IF NOT EXISTS) and versioned by a single :GraphServerSchema node
/// that records the schema version and a fingerprint of the model's indexed and searchable properties. When the
/// fingerprint changes (a property became searchable), the full-text index is dropped and rebuilt and range indexes
/// the model no longer asks for are dropped. A database written by a newer server is refused.
/// </summary>
internal static class Neo4jSchemaSetup
{
    /// <summary>1: id constraints. 2: range indexes on indexed properties, the full-text index.</summary>
    public const long Version = 2;

    public const string TextIndex = "graph_text";

    private const string RangeIndexPrefix = "ix_";

    public static IEnumerable<string> Statements(GraphModel model)
    {
        yield return $"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{Cypher.EntityLabel}) REQUIRE n.id IS UNIQUE";
        foreach (var node in model.NodeTypes)
        {
            yield return $"CREATE CONSTRAINT {node.Label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{Cypher.Name(node.Label)}) REQUIRE n.id IS UNIQUE";
        }

        foreach (var (label, property) in RangeIndexes(model))
        {
            yield return $"CREATE RANGE INDEX {IndexName(label, property)} IF NOT EXISTS FOR (n:{Cypher.Name(label)}) ON (n.{Cypher.Name(property)})";
        }
    }

    /// <summary>
    /// One full-text index over every searchable property of every label. Lucene's English analyzer (possessives
    /// dropped, Porter stemming) is the closest match to the embedded store's FTS5 'porter unicode61' tokenizer, so both
    /// find "Russia's" for "russia" and "recruiters" for "recruitment"; eventually_consistent is off so a committed
    /// write is searchable at once.
    /// </summary>
    public static string TextIndexStatement(GraphModel model)
    {
        var types = model.SearchableNodeTypes.ToList();
        var labels = string.Join('|', types.Select(t => Cypher.Name(t.Label)));
        var properties = string.Join(", ", types.SelectMany(t => t.Searchable).Select(p => p.Name).Distinct().Select(p => "n." + Cypher.Name(p)));
        return $"CREATE FULLTEXT INDEX {TextIndex} IF NOT EXISTS FOR (n:{labels}) ON EACH [{properties}] " +
               "OPTIONS { indexConfig: { `fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: false } }";
    }

    public static async Task ApplyAsync(BoltDriver driver, GraphModel model, CancellationToken cancellationToken)
    {
        var stored = await driver.ExecuteQueryAsync(
            "OPTIONAL MATCH (s:GraphServerSchema) RETURN s.version AS version, s.fingerprint AS fingerprint", null, null, cancellationToken);
        var version = stored.Records.Count == 0 ? null : stored.Records[0]["version"] as long?;
        if (version > Version)
        {
            throw new InvalidOperationException($"The Neo4j graph is at schema version {version}; this server knows up to {Version}. Upgrade the server.");
        }

        var fingerprint = Fingerprint(model);
        // Only a recorded, different fingerprint means the model changed. A database without one is new (or emptied),
        // and another process may be setting it up at this moment: dropping its fresh index would race with its queries.
        var storedFingerprint = stored.Records.Count == 0 ? null : stored.Records[0]["fingerprint"] as string;
        var changed = storedFingerprint is not null && storedFingerprint != fingerprint;

        // Schema statements must run in their own transactions: Neo4j refuses schema and data writes in one.
        foreach (var statement in Statements(model))
        {
            await driver.ExecuteQueryAsync(statement, null, null, cancellationToken);
        }

        if (changed)
        {
            await DropStaleRangeIndexesAsync(driver, model, cancellationToken);
            await driver.ExecuteQueryAsync($"DROP INDEX {TextIndex} IF EXISTS", null, null, cancellationToken);
        }

        await driver.ExecuteQueryAsync(TextIndexStatement(model), null, null, cancellationToken);
        await driver.ExecuteQueryAsync("CALL db.awaitIndexes(300)", null, null, cancellationToken);
        await driver.ExecuteQueryAsync(
            "MERGE (s:GraphServerSchema) SET s.version = $v, s.fingerprint = $f",
            new Dictionary<string, object?> { ["v"] = Version, ["f"] = fingerprint },
            null,
            cancellationToken);
    }

    private static IEnumerable<(string Label, string Property)> RangeIndexes(GraphModel model) =>
        model.NodeTypes.SelectMany(t => t.Properties.Where(p => p.IsIndexed).Select(p => (t.Label, p.Name)));

    private static string IndexName(string label, string property) => $"{RangeIndexPrefix}{label.ToLowerInvariant()}_{property}";

    private static async Task DropStaleRangeIndexesAsync(BoltDriver driver, GraphModel model, CancellationToken cancellationToken)
    {
        var wanted = RangeIndexes(model).Select(i => IndexName(i.Label, i.Property)).ToHashSet(StringComparer.Ordinal);
        var existing = await driver.ExecuteQueryAsync(
            "SHOW INDEXES YIELD name WHERE name STARTS WITH $prefix RETURN name", new Dictionary<string, object?> { ["prefix"] = RangeIndexPrefix },
            null, cancellationToken);
        foreach (var name in existing.Records.Select(r => (string)r["name"]!).Where(n => !wanted.Contains(n)))
        {
            // Index names were made from model names; Cypher.Name checks and quotes them anyway.
            await driver.ExecuteQueryAsync($"DROP INDEX {Cypher.Name(name)} IF EXISTS", null, null, cancellationToken);
        }
    }

    private static string Fingerprint(GraphModel model) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        TextIndexStatement(model) + "\n" + string.Join(';', RangeIndexes(model)))));
}
