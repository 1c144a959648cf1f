using System.Text;
using GraphServer.Model;

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
    /// One statement for a whole change set, every label and type always present (an empty list skips its part), so
    /// the text never changes and the set is applied atomically in one round trip.
    /// </summary>
    public string Apply { get; } = BuildApply(model);

    public static string NodeParameter(string label) => "n_" + label;

    public static string EdgeParameter(string type) => "r_" + type;

    public const string DeleteNodesParameter = "deleteNodes";

    public const string DeleteEdgesParameter = "deleteEdges";

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
            text.Append("CALL () { UNWIND $").Append(NodeParameter(node.Label)).Append(" AS row MERGE (n:").Append(Cypher.Name(node.Label))
                .Append(" {id: row.id}) ON CREATE SET n:").Append(Cypher.EntityLabel).AppendLine(" SET n = row.props }");
        }

        foreach (var relationship in model.RelationshipTypes)
        {
            text.Append("CALL () { UNWIND $").Append(EdgeParameter(relationship.Type))
                .Append(" AS row MATCH (a:").Append(Cypher.EntityLabel).Append(" {id: row.from}) MATCH (b:").Append(Cypher.EntityLabel)
                .Append(" {id: row.to}) MERGE (a)-[r:").Append(Cypher.Name(relationship.Type)).AppendLine("]->(b) SET r = row.props }");
        }

        return text.Append("RETURN 1 AS applied").ToString();
    }
}
