using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Neighbours and neighbour counts of many parents in one statement each: the far label test, the filter and the
/// as-of conditions apply before each parent's neighbours are ordered and cut, and sources (when asked for) come from
/// the same statement.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        var (relationship, labels) = NeighbourLabels.Of(_model, query);
        if (query.ParentIds.Count == 0)
        {
            return [];
        }

        var parameters = new CypherParameters();
        var outgoing = query.Direction == EdgeDirection.Outgoing;
        var orderBy = NeighbourOrder(query, labels);
        var sources = query.WithSources
            ? $", {CypherSources.OfNode(_model, "n", query.AsOf is not null)} AS nodeSources, {CypherSources.OfEdge(_model, "r", query.AsOf is not null)} AS edgeSources"
            : string.Empty;
        // Parents found through the :Entity id index; each parent's neighbours ordered and cut before they leave the
        // database, and the sources looked up for the kept rows only.
        var cypher = $"""
            UNWIND $ids AS pid
            {NeighbourMatch(parameters, query, relationship, labels)}
            WITH pid, r, n ORDER BY {string.Join(", ", orderBy)}
            WITH pid, collect([r, n]) AS items
            UNWIND items[$skip..(CASE WHEN $take IS NULL THEN size(items) ELSE $skip + $take END)] AS item
            WITH pid, item[0] AS r, item[1] AS n
            RETURN pid, r, n{sources}
            """;
        parameters.Set("ids", query.ParentIds.Cast<object?>().ToList());
        parameters.Set("skip", (long)Math.Max(0, query.SkipPerParent));
        parameters.Set("take", query.TakePerParent is { } take ? (long)take : null);
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        return result.Records.Select(record =>
        {
            var parent = (string)record["pid"]!;
            var node = FromEntity(record["n"]);
            var properties = Neo4jValues.ReadProperties(((GraphServer.Bolt.Relationship)record["r"]!).Properties, relationship.Properties);
            var edge = outgoing ? new GraphEdge(relationship.Type, parent, node.Id, properties) : new GraphEdge(relationship.Type, node.Id, parent, properties);
            if (query.WithSources)
            {
                (node, edge) = (WithSources(node, record["nodeSources"]), WithSources(edge, record["edgeSources"]));
            }

            return new Neighbour(parent, edge, node);
        }).ToList();
    }

    public async Task<IReadOnlyDictionary<string, long>> CountNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        var (relationship, labels) = NeighbourLabels.Of(_model, query);
        var parents = query.ParentIds.Distinct(StringComparer.Ordinal).ToList();
        var counts = parents.ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        if (parents.Count == 0)
        {
            return counts;
        }

        var parameters = new CypherParameters();
        var cypher = $"""
            UNWIND $ids AS pid
            {NeighbourMatch(parameters, query, relationship, labels)}
            RETURN pid, count(n) AS total
            """;
        parameters.Set("ids", parents.Cast<object?>().ToList());
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        foreach (var record in result.Records)
        {
            counts[(string)record["pid"]!] = record.Get<long>("total");
        }

        return counts;
    }

    /// <summary>The ORDER BY keys of each parent's neighbours n, ties by id.</summary>
    private IEnumerable<string> NeighbourOrder(NeighbourQuery query, IReadOnlyList<string> labels, string node = "n") => query.Order
        .Select(o => labels.Any(l => _model.GetNode(l).FindProperty(o.Property) is not null)
            ? $"{node}.{Cypher.Name(o.Property)} {(o.Direction == SortDirection.Descending ? "DESC" : "ASC")}"
            : throw new ArgumentException($"There is no property '{o.Property}' to order by."))
        .Concat(CypherOrder.IdTieBreak(query.Order, node));

    /// <summary>MATCH of the parent by id and its relationships of the type, with the far label test, filter and as-of conditions.</summary>
    private string NeighbourMatch(CypherParameters parameters, NeighbourQuery query, RelationshipType relationship, IReadOnlyList<string> labels)
    {
        var conditions = NeighbourConditions(parameters, query, relationship, labels);
        var type = Cypher.Name(relationship.Type);
        var pattern = query.Direction == EdgeDirection.Outgoing
            ? $"(p:{Cypher.EntityLabel} {{id: pid}})-[r:{type}]->(n)"
            : $"(p:{Cypher.EntityLabel} {{id: pid}})<-[r:{type}]-(n)";
        return $"MATCH {pattern}{Where(conditions)}";
    }

    /// <summary>The conditions on the far node n and the relationship r: far label test, filter, as of.</summary>
    private List<string> NeighbourConditions(
        CypherParameters parameters, NeighbourQuery query, RelationshipType relationship, IReadOnlyList<string> labels, string node = "n", string edge = "r")
    {
        var where = _filters.Normalise(query.Where, labels);
        var conditions = NodeConditions(parameters, where, node, labels, query.AsOf);
        if (query.AsOf is not null)
        {
            conditions.Add(CypherAsOf.Edge(edge));
        }

        var allowed = query.Direction == EdgeDirection.Outgoing ? relationship.To : relationship.From;
        if (labels.Count < allowed.Count)
        {
            conditions.Insert(0, node + ":" + string.Join('|', labels.Select(Cypher.Name)));
        }

        return conditions;
    }
}
