using GraphServer.Bolt;
using GraphServer.Model;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Constraints and indexes, applied idempotently (IF NOT EXISTS) and versioned by a single :GraphServerSchema node,
/// so a newer server can tell which steps an older database still needs.
/// </summary>
internal static class Neo4jSchemaSetup
{
    public const long Version = 1;

    public static IEnumerable<string> Statements(GraphModel model)
    {
        yield return $"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{Cypher.EntityLabel}) REQUIRE n.id IS UNIQUE";
        foreach (var node in model.NodeTypes)
        {
            yield return $"CREATE CONSTRAINT {node.Label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{Cypher.Name(node.Label)}) REQUIRE n.id IS UNIQUE";
        }
    }

    public static async Task ApplyAsync(BoltDriver driver, GraphModel model, CancellationToken cancellationToken)
    {
        // Schema statements must run in their own transactions: Neo4j refuses schema and data writes in one.
        foreach (var statement in Statements(model))
        {
            await driver.ExecuteQueryAsync(statement, null, null, cancellationToken).ConfigureAwait(false);
        }

        await driver.ExecuteQueryAsync(
            "MERGE (s:GraphServerSchema) SET s.version = CASE WHEN coalesce(s.version, 0) < $v THEN $v ELSE s.version END",
            new Dictionary<string, object?> { ["v"] = Version },
            null,
            cancellationToken).ConfigureAwait(false);
    }
}
