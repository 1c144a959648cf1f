using System.Text;
using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// The fixed set of Cypher statements the Neo4j store sends, built from the model once. Fixed text keeps Neo4j's
/// plan cache warm: a statement is planned once and then only its parameters change.
/// </summary>
internal sealed class CypherTemplates(GraphModel model)
{
    /// <summary>Uses the uniqueness constraint's index on (:Entity {id}).</summary>
    public string GetNodes { get; } =
        $"MATCH (n:{Cypher.EntityLabel}) WHERE n.id IN $ids RETURN n";

    /// <summary>Labels of stored nodes by id, for the change-set validator.</summary>
    public string LabelsOf { get; } =
        $"MATCH (n:{Cypher.EntityLabel}) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels";

    public string CountNodes { get; } = $"MATCH (n:{Cypher.EntityLabel}) RETURN count(n) AS total";

    /// <summary>
    /// Write-locks the stored nodes among $ids for the rest of the transaction and returns their versions (0 when a node
    /// has none): what a change set's expected versions are compared with. Uses the :Entity id constraint's index.
    /// </summary>
    public string LockVersions { get; } =
        $"UNWIND $ids AS id MATCH (n:{Cypher.EntityLabel} {{id: id}}) SET n.{LockProperty} = true REMOVE n.{LockProperty} " +
        $"RETURN n.id AS id, coalesce(n.{Version}, 0) AS version";

    /// <summary>Versions of stored nodes by id, read inside the write transaction after the change set was applied.</summary>
    public string Versions { get; } =
        $"MATCH (n:{Cypher.EntityLabel}) WHERE n.id IN $ids RETURN n.id AS id, coalesce(n.{Version}, 0) AS version";

    /// <summary>Nodes stored before versions existed get version 1, so "0" always means "not stored". Idempotent.</summary>
    public string BackfillVersions { get; } =
        $"MATCH (n:{Cypher.EntityLabel}) WHERE n.{Version} IS NULL SET n.{Version} = 1";

    /// <summary>
    /// Write-locks the stored Sources among $ids for the rest of the transaction. Every write takes the locks of the
    /// Sources it deletes or cites before it validates, so a delete of a Source and a write citing it run one after
    /// the other, and the second sees what the first committed.
    /// </summary>
    public string LockSources { get; } = model.SourceLabel is { } source
        ? $"UNWIND $ids AS id MATCH (s:{Cypher.EntityLabel} {{id: id}}) WHERE s:{Cypher.Name(source)} " +
          $"SET s.{LockProperty} = true REMOVE s.{LockProperty} RETURN count(s) AS locked"
        : "RETURN 0 AS locked";

    /// <summary>
    /// What cites the Sources among $ids: CITES edges to them, and relationships naming them in sourceIds (not
    /// indexed: a scan, asked only when a change set deletes a Source).
    /// </summary>
    public string CitationsOf { get; } =
        $"MATCH (n:{Cypher.EntityLabel})-[c]->(s:{Cypher.EntityLabel}) WHERE s.id IN $ids AND type(c) = $cites " +
        "RETURN s.id AS source, n.id AS from, type(c) AS type, s.id AS to UNION ALL " +
        $"MATCH (a:{Cypher.EntityLabel})-[r]->(b:{Cypher.EntityLabel}) WHERE type(r) <> $cites " +
        $"AND any(x IN r.{Cypher.Name(CommonProperties.SourceIds)} WHERE x IN $ids) " +
        $"UNWIND [x IN r.{Cypher.Name(CommonProperties.SourceIds)} WHERE x IN $ids] AS source " +
        "RETURN source, a.id AS from, type(r) AS type, b.id AS to";

    private const string LockProperty = "_lock";

    private static readonly string Version = Cypher.Name(CommonProperties.Version);

    /// <summary>
    /// One statement for a whole change set, every label and type always present (an empty list skips its part), so
    /// the text never changes and the set is applied atomically in one round trip.
    /// </summary>
    public string Apply { get; } = BuildApply(model);

    public static string NodeParameter(string label) => "n_" + label;

    public static string EdgeParameter(string type) => "r_" + type;

    public const string DeleteNodesParameter = "deleteNodes";

    public const string DeleteEdgesParameter = "deleteEdges";

    public const string KnownNodesParameter = "knownNodes";

    public const string KnownSourcesParameter = "knownSources";

    public const string KnownEdgesParameter = "knownEdges";

    public const string ChangedSourcesParameter = "changedSources";

    /// <summary>Stored publication dates of Sources by id: what <see cref="KnownFromWork.ChangedSources"/> compares with.</summary>
    public string PublishedAt { get; } = model.SourceLabel is { } source && model.GetNode(source).KnownFrom is { } published
        ? $"MATCH (s:{Cypher.Name(source)}) WHERE s.id IN $ids RETURN s.id AS id, s.{Cypher.Name(published.Name)} AS publishedAt"
        : "UNWIND [] AS id RETURN id, null AS publishedAt";

    /// <summary>Which of the nodes cite a source already (for the validator).</summary>
    public string Cited { get; } = model.Citation is { } citation
        ? $"MATCH (n:{Cypher.EntityLabel}) WHERE n.id IN $ids AND EXISTS {{ (n)-[:{Cypher.Name(citation.Type)}]->() }} RETURN n.id AS id"
        : "UNWIND [] AS id RETURN id";

    /// <summary>Stored relationships of a type at some nodes, from (outgoing) or to (incoming) them (for cardinality One).</summary>
    public static string Links(string type, bool outgoing) => outgoing
        ? $"MATCH (a:{Cypher.EntityLabel})-[:{Cypher.Name(type)}]->(b) WHERE a.id IN $ids RETURN a.id AS from, b.id AS to"
        : $"MATCH (a)-[:{Cypher.Name(type)}]->(b:{Cypher.EntityLabel}) WHERE b.id IN $ids RETURN a.id AS from, b.id AS to";

    private static string BuildApply(GraphModel model)
    {
        var text = new StringBuilder();
        // Deletions first (the contract's order). The type of a deleted edge is compared as a value, so one subquery
        // serves every type; DETACH takes a deleted node's relationships with it.
        text.Append("CALL () { UNWIND $").Append(DeleteEdgesParameter).Append(" AS row MATCH (a:").Append(Cypher.EntityLabel)
            .Append(" {id: row.from})-[r]->(b:").Append(Cypher.EntityLabel).AppendLine(" {id: row.to}) WHERE type(r) = row.type DELETE r }");
        text.Append("CALL () { UNWIND $").Append(DeleteNodesParameter).Append(" AS id MATCH (n:").Append(Cypher.EntityLabel)
            .AppendLine(" {id: id}) DETACH DELETE n }");
        foreach (var node in model.NodeTypes)
        {
            // MERGE on the type's own label uses its id constraint; a stored node of another label with the same id
            // makes the CREATE branch violate the :Entity constraint, failing the whole statement.
            // The version is read only after the write lock is taken (setting a property takes it), so two writers
            // of one node never read the same version: Neo4j's documented way to avoid lost updates under read committed.
            text.Append("CALL () { UNWIND $").Append(NodeParameter(node.Label)).Append(" AS row MERGE (n:").Append(Cypher.Name(node.Label))
                .Append(" {id: row.id}) ON CREATE SET n:").Append(Cypher.EntityLabel)
                .Append(" SET n.").Append(LockProperty).Append(" = true WITH n, row, coalesce(n.").Append(Version).Append(", 0) AS before")
                .Append(" SET n = row.props SET n.").Append(Version).AppendLine(" = before + 1 }");
        }

        foreach (var relationship in model.RelationshipTypes)
        {
            text.Append("CALL () { UNWIND $").Append(EdgeParameter(relationship.Type))
                .Append(" AS row MATCH (a:").Append(Cypher.EntityLabel).Append(" {id: row.from}) MATCH (b:").Append(Cypher.EntityLabel)
                .Append(" {id: row.to}) MERGE (a)-[r:").Append(Cypher.Name(relationship.Type)).AppendLine("]->(b) SET r = row.props }");
        }

        AppendKnownFrom(text, model);
        return text.Append("RETURN 1 AS applied").ToString();
    }

    /// <summary>
    /// Recomputes the derived knownFrom of what the change set touched (see <see cref="KnownFromWork"/>) after every
    /// write of the statement, so a reader never sees a record without it: a node's is the later of its own date and
    /// its sources' first publication, a relationship's the first publication of the sources it names.
    /// </summary>
    private static void AppendKnownFrom(StringBuilder text, GraphModel model)
    {
        if (model.Citation is not { } citation || model.SourceLabel is not { } sourceLabel)
        {
            return;
        }

        var cites = Cypher.Name(citation.Type);
        var source = Cypher.Name(sourceLabel);
        var published = model.GetNode(sourceLabel).KnownFrom is { } p ? Cypher.Name(p.Name) : "publishedAt";
        var own = string.Concat(model.NodeTypes.Where(t => t.KnownFrom is not null)
            .Select(t => $" WHEN n:{Cypher.Name(t.Label)} THEN n.{Cypher.Name(t.KnownFrom!.Name)}"));
        var known = Cypher.Name(CommonProperties.KnownFrom);
        text.Append("CALL () { CALL () { UNWIND $").Append(KnownNodesParameter).Append(" AS id MATCH (n:").Append(Cypher.EntityLabel)
            .Append(" {id: id}) RETURN n UNION UNWIND $").Append(KnownSourcesParameter).Append(" AS id MATCH (:").Append(source)
            .Append(" {id: id})<-[:").Append(cites).AppendLine("]-(n) RETURN n }")
            .Append("  CALL (n) { OPTIONAL MATCH (n)-[:").Append(cites).Append("]->(s:").Append(source).Append(") RETURN min(s.")
            .Append(published).AppendLine(") AS first }")
            .Append("  WITH n, first, CASE").Append(own.Length == 0 ? " WHEN false THEN null" : own).AppendLine(" END AS own")
            .Append("  SET n.").Append(known).AppendLine(" = CASE WHEN own IS NULL THEN first WHEN first IS NULL OR own >= first THEN own ELSE first END }");
        text.Append("CALL () { CALL () { UNWIND $").Append(KnownEdgesParameter).Append(" AS row MATCH (:").Append(Cypher.EntityLabel)
            .Append(" {id: row.from})-[r]->(:").Append(Cypher.EntityLabel).AppendLine(" {id: row.to}) WHERE type(r) = row.type RETURN r")
            .Append("    UNION UNWIND $").Append(ChangedSourcesParameter).AppendLine(" AS id MATCH ()-[r]->() WHERE id IN r.sourceIds RETURN r }")
            .Append("  CALL (r) { UNWIND coalesce(r.sourceIds, []) AS sid OPTIONAL MATCH (s:").Append(source).Append(" {id: sid}) RETURN min(s.")
            .Append(published).AppendLine(") AS first }")
            .Append("  SET r.").Append(known).AppendLine(" = first }");
    }
}
