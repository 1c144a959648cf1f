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
            .Concat(CypherOrder.IdTieBreak(query.Order, "n"));
        // Without conditions the count comes from the label's count store (one db hit) and the page is a Top over the
        // label. With conditions, the matches are found once: sorted, counted, and only the page's properties read.
        var orderText = string.Join(", ", orderBy);
        // With sources, each node of the page (only the page) carries its citations: one pattern comprehension per node.
        var page = query.WithSources ? $"[x IN page | [x, {CypherSources.OfNode(_model, "x", query.AsOf is not null)}]]" : "page";
        var cypher = where is null && query.AsOf is null
            ? $"""
              CALL () {"{"} {match} RETURN count(n) AS total {"}"}
              CALL () {"{"} {AnchorMatch(query)}{match}{AnchorCondition(query, type, "n", "WHERE")} WITH n ORDER BY {orderText} SKIP $skip LIMIT $take
                RETURN collect(n) AS page {"}"}
              RETURN total, {page} AS page
              """
            : $"""
              {match}
              WITH n ORDER BY {orderText}
              WITH collect(n) AS matches
              {AnchorMatch(query)}WITH size(matches) AS total,
                [x IN matches{AnchorCondition(query, type, "x", "WHERE")}][$skip..$skip + $take] AS page
              RETURN total, {page} AS page
              """;
        parameters.Set("after", query.AfterId);
        parameters.Set("skip", (long)Math.Max(0, query.Skip));
        parameters.Set("take", (long)Math.Max(0, query.Take));
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        var record = result.Records[0];
        var nodes = ((IReadOnlyList<object?>)record["page"]!)
            .Select(item => query.WithSources
                ? WithSources(FromEntity(((IReadOnlyList<object?>)item!)[0]), ((IReadOnlyList<object?>)item!)[1])
                : FromEntity(item))
            .ToList();
        return new NodePage(nodes, record.Get<long>("total"));
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        _ = SearchTerms.Labels(_model, query.Labels); // An unknown label is an error even with nothing to search for.
        if (SearchesNothing(query))
        {
            return [];
        }

        var parameters = new CypherParameters();
        var cypher = $"{SearchMatch(query, parameters)} RETURN node, score ORDER BY score DESC, node.id LIMIT $take";
        var result = await ReadAsync(cypher, parameters, cancellationToken);
        return result.Records
            .Select(r => new SearchHit(FromEntity(r["node"]), r.Get<double>("score")))
            .ToList();
    }

    /// <summary>No word to look for or no hit wanted: no statement (the answer is empty).</summary>
    private static bool SearchesNothing(SearchQuery query) => query.Take <= 0 || SearchTerms.Split(query.Text).Count == 0;

    /// <summary>
    /// The full-text call and its conditions, up to the hits <c>node, score</c> (unordered, uncut); its values, and
    /// <c>$take</c>, go to <paramref name="parameters"/>. The text depends only on whether labels and asOf are given.
    /// </summary>
    private string SearchMatch(SearchQuery query, CypherParameters parameters)
    {
        var labels = SearchTerms.Labels(_model, query.Labels);
        var conditions = NodeConditions(parameters, null, "node", labels, query.AsOf);
        if (query.Labels.Count > 0)
        {
            // The index covers only searchable labels, so without a choice of labels there is nothing to check.
            conditions.Insert(0, "any(l IN labels(node) WHERE l IN $labels)");
        }

        // Every word required (+) and quoted, so Lucene reads it as a plain term: user input cannot become query syntax.
        parameters.Set("query", string.Join(' ', SearchTerms.Split(query.Text).Select(t => "+\"" + t + "\"")));
        parameters.Set("labels", labels.Cast<object?>().ToList());
        parameters.Set("take", (long)query.Take);
        return $"CALL db.index.fulltext.queryNodes('{Neo4jSchemaSetup.TextIndex}', $query) YIELD node, score"
            + $" WITH node, score{Where(conditions)}";
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
