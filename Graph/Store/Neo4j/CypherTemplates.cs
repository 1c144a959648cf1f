using System.Collections.Concurrent;
using System.Text;
using GraphServer.Model;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// The fixed set of Cypher statements the Neo4j store sends, built from the model once. Fixed text keeps Neo4j's
/// plan cache warm: a statement is planned once and then only its parameters change.
/// </summary>
internal sealed class CypherTemplates(GraphModel model)
{
    private readonly ConcurrentDictionary<string, string> _findByKey = new(StringComparer.Ordinal);

    /// <summary>Uses the uniqueness constraint's index on (:Entity {id}).</summary>
    public string GetNodes { get; } =
        $"MATCH (n:{Cypher.EntityLabel}) WHERE n.id IN $ids RETURN labels(n) AS labels, properties(n) AS props";

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

    /// <summary>
    /// A page of one label: the total from the label's count store, the page ordered by the requested keys then id.
    /// Cached per label and order, a small fixed set in practice.
    /// </summary>
    public string Find(NodeType type, IReadOnlyList<SortField> order)
    {
        var key = type.Label + "|" + string.Join(",", order.Select(o => o.Property + ":" + o.Direction));
        return _findByKey.GetOrAdd(key, _ =>
        {
            var label = Cypher.Name(type.Label);
            var orderBy = order
                .Select(o => $"n.{Cypher.Name(RequireProperty(type, o.Property))} {(o.Direction == SortDirection.Descending ? "DESC" : "ASC")}")
                .Append("n.id ASC");
            return $"""
                CALL () {"{"} MATCH (n:{label}) RETURN count(n) AS total {"}"}
                CALL () {"{"} MATCH (n:{label}) WITH n ORDER BY {string.Join(", ", orderBy)} SKIP $skip LIMIT $take
                  RETURN collect(properties(n)) AS page {"}"}
                RETURN total, page
                """;
        });
    }

    /// <summary>
    /// Neighbours of a batch of parents over one type: parents found through the :Entity id index, each parent's
    /// neighbours ordered and cut to the per-parent limit before they leave the database.
    /// </summary>
    public string Neighbours(RelationshipType relationship, EdgeDirection direction, IReadOnlyList<SortField> order, Func<string, bool> isProperty)
    {
        var key = $"nb|{relationship.Type}|{direction}|" + string.Join(",", order.Select(o => o.Property + ":" + o.Direction));
        return _findByKey.GetOrAdd(key, _ =>
        {
            var pattern = direction == EdgeDirection.Outgoing
                ? $"(p:{Cypher.EntityLabel} {{id: pid}})-[r:{Cypher.Name(relationship.Type)}]->(n)"
                : $"(p:{Cypher.EntityLabel} {{id: pid}})<-[r:{Cypher.Name(relationship.Type)}]-(n)";
            var orderBy = order
                .Select(o => isProperty(o.Property)
                    ? $"n.{Cypher.Name(o.Property)} {(o.Direction == SortDirection.Descending ? "DESC" : "ASC")}"
                    : throw new ArgumentException($"There is no property '{o.Property}' to order by."))
                .Append("n.id ASC");
            return $"""
                UNWIND $ids AS pid
                MATCH {pattern}
                WITH pid, r, n ORDER BY {string.Join(", ", orderBy)}
                WITH pid, collect({"{"}r: properties(r), n: properties(n), labels: labels(n){"}"}) AS items
                UNWIND (CASE WHEN $take IS NULL THEN items ELSE items[..$take] END) AS item
                RETURN pid, item.r AS r, item.n AS n, item.labels AS labels
                """;
        });
    }

    private static string RequireProperty(NodeType type, string property) =>
        type.FindProperty(property)?.Name ?? throw new ArgumentException($"{type.Label} has no property '{property}' to order by.");

    private static string BuildApply(GraphModel model)
    {
        var text = new StringBuilder();
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
