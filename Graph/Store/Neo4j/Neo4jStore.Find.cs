using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Lookups by label and filter. Each is one statement whose text depends only on the query's shape (label, order,
/// filter operators, whether AsOf is set); values are parameters, so Neo4j plans each shape once.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var type = _model.GetNode(query.Label);
        var where = _filters.Normalise(query.Where, [type.Label]);
        var parameters = new CypherParameters();
        var match = Match(parameters, type, where, query.AsOf);
        var orderBy = query.Order
            .Select(o => $"n.{Cypher.Name(RequireProperty(type, o.Property))} {(o.Direction == SortDirection.Descending ? "DESC" : "ASC")}")
            .Append("n.id ASC");
        // Without conditions the count comes from the label's count store (one db hit) and the page is a Top over the
        // label. With conditions, the matches are found once: sorted, counted, and only the page's properties read.
        var orderText = string.Join(", ", orderBy);
        var cypher = where is null && query.AsOf is null
            ? $"""
              CALL () {"{"} {match} RETURN count(n) AS total {"}"}
              CALL () {"{"} {AnchorMatch(query)}{match}{AnchorCondition(query, type, "n", "WHERE")} WITH n ORDER BY {orderText} SKIP $skip LIMIT $take
                RETURN collect(n) AS page {"}"}
              RETURN total, page
              """
            : $"""
              {match}
              WITH n ORDER BY {orderText}
              WITH collect(n) AS matches
              {AnchorMatch(query)}RETURN size(matches) AS total,
                [x IN matches{AnchorCondition(query, type, "x", "WHERE")}][$skip..$skip + $take] AS page
              """;
        parameters.Set("after", query.AfterId);
        parameters.Set("skip", (long)Math.Max(0, query.Skip));
        parameters.Set("take", (long)Math.Max(0, query.Take));
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        var record = result.Records[0];
        var nodes = ((IReadOnlyList<object?>)record["page"]!)
            .Select(FromEntity)
            .ToList();
        return new NodePage(nodes, record.Get<long>("total"));
    }

    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        var relationship = _model.FindRelationship(query.Type) ?? throw new ArgumentException($"'{query.Type}' is not a relationship type.");
        var outgoing = query.Direction == EdgeDirection.Outgoing;
        var labels = outgoing ? relationship.To : relationship.From;
        var where = _filters.Normalise(query.Where, labels);
        if (query.ParentIds.Count == 0)
        {
            return [];
        }

        var parameters = new CypherParameters();
        var conditions = NodeConditions(parameters, where, "n", labels, query.AsOf);
        if (query.AsOf is not null)
        {
            conditions.Add(CypherAsOf.Edge("r"));
        }

        var pattern = outgoing
            ? $"(p:{Cypher.EntityLabel} {{id: pid}})-[r:{Cypher.Name(relationship.Type)}]->(n)"
            : $"(p:{Cypher.EntityLabel} {{id: pid}})<-[r:{Cypher.Name(relationship.Type)}]-(n)";
        var orderBy = query.Order
            .Select(o => labels.Any(l => _model.GetNode(l).FindProperty(o.Property) is not null)
                ? $"n.{Cypher.Name(o.Property)} {(o.Direction == SortDirection.Descending ? "DESC" : "ASC")}"
                : throw new ArgumentException($"There is no property '{o.Property}' to order by."))
            .Append("n.id ASC");
        // Parents found through the :Entity id index; each parent's neighbours ordered and cut before they leave the database.
        var cypher = $"""
            UNWIND $ids AS pid
            MATCH {pattern}{Where(conditions)}
            WITH pid, r, n ORDER BY {string.Join(", ", orderBy)}
            WITH pid, collect([r, n]) AS items
            UNWIND (CASE WHEN $take IS NULL THEN items ELSE items[..$take] END) AS item
            RETURN pid, item[0] AS r, item[1] AS n
            """;
        parameters.Set("ids", query.ParentIds.Cast<object?>().ToList());
        parameters.Set("take", query.TakePerParent is { } take ? (long)take : null);
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        return result.Records.Select(record =>
        {
            var parent = (string)record["pid"]!;
            var node = FromEntity(record["n"]);
            var properties = Neo4jValues.ReadProperties(((GraphServer.Bolt.Relationship)record["r"]!).Properties, relationship.Properties);
            var edge = outgoing ? new GraphEdge(relationship.Type, parent, node.Id, properties) : new GraphEdge(relationship.Type, node.Id, parent, properties);
            return new Neighbour(parent, edge, node);
        }).ToList();
    }

    public async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default)
    {
        var type = _model.GetNode(query.Label);
        var property = type.FindProperty(query.GroupBy) ?? throw new ArgumentException($"{type.Label} has no property '{query.GroupBy}' to group by.");
        var where = _filters.Normalise(query.Where, [type.Label]);
        var parameters = new CypherParameters();
        var match = Match(parameters, type, where, query.AsOf);
        var key = $"n.{Cypher.Name(property.Name)}";
        // A list property counts each item; UNWIND of a missing list yields no row, as json_each does in the embedded store.
        var cypher = property.Kind == PropertyKind.StringList
            ? $"{match} UNWIND {key} AS key RETURN key, count(*) AS count ORDER BY count DESC, key"
            : $"{match} RETURN {key} AS key, count(*) AS count ORDER BY count DESC, key";
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        return result.Records
            .Select(r => new AggregateBucket(r["key"] is { } k && property.Kind == PropertyKind.Float ? Convert.ToDouble(k, System.Globalization.CultureInfo.InvariantCulture) : r["key"],
                r.Get<long>("count")))
            .ToList();
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var labels = SearchTerms.Labels(_model, query.Labels);
        var terms = SearchTerms.Split(query.Text);
        if (terms.Count == 0 || query.Take <= 0)
        {
            return [];
        }

        var parameters = new CypherParameters();
        var conditions = NodeConditions(parameters, null, "node", labels, query.AsOf);
        if (query.Labels.Count > 0)
        {
            // The index covers only searchable labels, so without a choice of labels there is nothing to check.
            conditions.Insert(0, "any(l IN labels(node) WHERE l IN $labels)");
        }

        // Every word required (+) and quoted, so Lucene reads it as a plain term: user input cannot become query syntax.
        parameters.Set("query", string.Join(' ', terms.Select(t => "+\"" + t + "\"")));
        parameters.Set("labels", labels.Cast<object?>().ToList());
        parameters.Set("take", (long)query.Take);
        var cypher = $"""
            CALL db.index.fulltext.queryNodes('{Neo4jSchemaSetup.TextIndex}', $query) YIELD node, score
            WITH node, score{Where(conditions)}
            RETURN node, score ORDER BY score DESC, node.id LIMIT $take
            """;
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        return result.Records
            .Select(r => new SearchHit(FromEntity(r["node"]), r.Get<double>("score")))
            .ToList();
    }

    private string Match(CypherParameters parameters, NodeType type, Filter? where, DateOnly? asOf)
    {
        if (asOf is not null)
        {
            parameters.Set(CypherAsOf.Parameter[1..], AsOfDay.Format(asOf));
        }

        return new CypherMatch(_model, parameters, asOf).Build(type, where);
    }

    /// <summary>The keyset anchor, optional so that an unknown id gives an empty page rather than no answer at all.</summary>
    private static string AnchorMatch(NodeQuery query) =>
        query.AfterId is null ? string.Empty : $"OPTIONAL MATCH (a:{Cypher.EntityLabel} {{id: $after}}) ";

    /// <summary>" WHERE (or AND) the row comes after the anchor a" (see <see cref="KeysetPredicate"/>); empty without keyset paging.</summary>
    private static string AnchorCondition(NodeQuery query, NodeType type, string variable, string keyword)
    {
        if (query.AfterId is null)
        {
            return string.Empty;
        }

        var keys = query.Order
            .Select(o => (Name: Cypher.Name(RequireProperty(type, o.Property)), o.Direction))
            .Select(k => ($"{variable}.{k.Name}", $"a.{k.Name}", k.Direction == SortDirection.Descending))
            .ToList();
        return $" {keyword} " + KeysetPredicate.Build(keys, $"{variable}.id", "a.id");
    }

    private static string RequireProperty(NodeType type, string property) =>
        type.FindProperty(property)?.Name ?? throw new ArgumentException($"{type.Label} has no property '{property}' to order by.");
}
