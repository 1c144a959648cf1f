using GraphServer.Model;
using GraphServer.Store.Planning;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// A whole plan as ONE statement: the root page (or lookup), then per relationship selection a <c>CALL (n) { … }</c>
/// subquery run for each parent row, which orders, skips and limits that parent's neighbours inside the database
/// (Top-k per parent), runs its own children the same way and collects its rows into a list; counts are a second
/// subquery per parent. The answer is one record of nested lists, read back into the plan's result. Labels, types
/// and property names come from the model; every value is a parameter, so the text depends only on the plan's shape.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task<PlanResult> RunPlanAsync(PlanQuery plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Traversal is not null)
        {
            return await RunTraversalPlanAsync(plan, cancellationToken).ConfigureAwait(false);
        }

        var days = plan.AllSelections().Select(s => s.Query.AsOf).Append(plan.Page?.AsOf ?? plan.Search?.Query.AsOf ?? plan.Timeline?.AsOf)
            .OfType<DateOnly>().Distinct().Count();
        if (days > 1)
        {
            // One $asOf per statement; a request asks for one day, so this only serves callers that mix days.
            return await LevelByLevelPlan.Over(this).RunAsync(plan, cancellationToken).ConfigureAwait(false);
        }

        if (plan.Search is { } search && SearchesNothing(search.Query))
        {
            _ = SearchTerms.Labels(_model, search.Query.Labels); // An unknown label is an error even with nothing to search for.
            return new PlanResult(new NodePage([], 0));
        }

        if (plan.Timeline is not null)
        {
            return await RunTimelinePlanAsync(plan, cancellationToken).ConfigureAwait(false);
        }

        var (cypher, parameters) = PlanStatement(plan);
        var rootSources = plan.Page?.WithSources ?? plan.Lookup?.WithSources ?? false;

        var result = await ReadAsync(cypher, parameters, cancellationToken);
        var record = result.Records[0];
        var reading = new PlanReading();
        var nodes = new List<GraphNode>();
        var scores = new List<double>();
        var rootLabels = RootLabels(plan);
        foreach (var item in (IReadOnlyList<object?>)record["page"]!)
        {
            var values = (IReadOnlyList<object?>)item!;
            var position = 0;
            var node = ReadNode(values, ref position, plan.RootProperties, rootLabels);
            if (rootSources)
            {
                node = WithSources(node, values[position++]);
            }

            if (plan.Search is not null)
            {
                scores.Add(Convert.ToDouble(values[position++], System.Globalization.CultureInfo.InvariantCulture));
            }

            nodes.Add(node);
            ReadSelections(plan.Selections, node, values, ref position, reading);
        }

        ReadRootAggregates(plan, record, reading);
        return reading.ToResult(new NodePage(nodes, record.Get<long>("total")), scores);
    }

    /// <summary>The plan's statement text; its values go to <paramref name="parameters"/> (numbered in build order).</summary>
    private string BuildPlanStatement(PlanQuery plan, CypherParameters parameters)
    {
        var (calls, columns) = SelectionCalls(plan.Selections, "n", SelectionNumbers(plan), parameters);
        if (plan.Page is { } page)
        {
            return PageRoot(page, plan, parameters, calls, columns);
        }

        if (plan.Search is { } search)
        {
            // The hits in SearchAsync's order, cut in the database, each with its score next to the node.
            return $"{SearchMatch(search.Query, parameters)} WITH node AS n, score ORDER BY score DESC, n.id LIMIT $take{calls}"
                + $" RETURN count(n) AS total, collect([n, score{columns}]) AS page";
        }

        var lookup = plan.Lookup!;
        parameters.Set("ids", lookup.Ids.Cast<object?>().ToList());
        // A lookup of one label matches that label alone: its unique id index finds the node, and no :Entity check follows
        // (every node of a model label is an Entity; the check cost a db hit per node, the trace's only excess over hand-written).
        var label = lookup.Label is null ? Cypher.EntityLabel : Cypher.Name(_model.GetNode(lookup.Label).Label);
        var sources = lookup.WithSources ? ", " + CypherSources.OfNode(_model, "n", false) : string.Empty;
        var node = NodeColumns("n", plan.RootProperties, RootLabels(plan));
        return $"MATCH (n:{label}) WHERE n.id IN $ids{calls} RETURN count(n) AS total, collect([{node}{sources}{columns}]) AS page";
    }

    /// <summary>
    /// The root page as FindNodesAsync builds it, with the selections run for each node of the page only. Without
    /// <see cref="PlanQuery.CountsTotal"/> nothing counts the matches: the page is a Top-k (ORDER BY … LIMIT) and the
    /// total is -1, where a filtered page with its total sorts and collects every match to count them.
    /// </summary>
    private string PageRoot(NodeQuery query, PlanQuery plan, CypherParameters parameters, string calls, string columns)
    {
        var type = _model.GetNode(query.Label);
        var where = _filters.Normalise(query.Where, [type.Label]);
        var match = Match(parameters, type, where, query.AsOf);
        var orderText = string.Join(", ", query.Order
            .Select(o => $"n.{Cypher.Name(RequireProperty(type, o.Property))} {(o.Direction == SortDirection.Descending ? "DESC" : "ASC")}")
            .Concat(CypherOrder.IdTieBreak(query.Order, "n")));
        var sources = query.WithSources ? ", " + CypherSources.OfNode(_model, "n", query.AsOf is not null) : string.Empty;
        var item = $"[{NodeColumns("n", plan.RootProperties, [type.Label])}{sources}{columns}]";
        parameters.Set("after", query.AfterId);
        parameters.Set("skip", (long)Math.Max(0, query.Skip));
        parameters.Set("take", (long)Math.Max(0, query.Take));
        if (!plan.CountsTotal)
        {
            var anchored = query.AfterId is null ? string.Empty : $" WITH n, a{AnchorCondition(query, type, "n", "WHERE")}";
            return $"""
                {AnchorMatch(query)}{match}{anchored}
                WITH n ORDER BY {orderText} SKIP $skip LIMIT $take{calls}
                WITH collect({item}) AS page RETURN -1 AS total, page
                """;
        }

        return where is null && query.AsOf is null
            ? $"""
              CALL () {"{"} {match} RETURN count(n) AS total {"}"}
              CALL () {"{"} {AnchorMatch(query)}{match}{AnchorCondition(query, type, "n", "WHERE")} WITH n ORDER BY {orderText} SKIP $skip LIMIT $take
                {calls} RETURN collect({item}) AS page {"}"}
              RETURN total, page
              """
            : $"""
              {match}
              WITH n ORDER BY {orderText}
              WITH collect(n) AS matches
              {AnchorMatch(query)}WITH size(matches) AS total,
                [x IN matches{AnchorCondition(query, type, "x", "WHERE")}][$skip..$skip + $take] AS paged
              CALL (paged) {"{"} UNWIND paged AS n{calls} RETURN collect({item}) AS page {"}"}
              RETURN total, page
              """;
    }

    /// <summary>
    /// The subqueries of some selections whose parents are bound to n, and the columns they add to the parent's item
    /// (<c>, s3, k3</c>): each returns one row per parent, so a parent without neighbours keeps its row. A count is a
    /// <c>COUNT { }</c> with the filter inside its pattern; sibling count-only selections that differ only in their
    /// filter (a funnel's counts by status) are one pass over the parent's relationships (<see cref="GroupedCount"/>).
    /// </summary>
    /// <remarks>
    /// Variables imported into a CALL stay bound inside it, so each level has its own names (<c>pn3</c>, <c>pr3</c>,
    /// numbered by selection), distinct from the filters' <c>r0</c>/<c>m0</c> and the sources' <c>citing</c>/<c>cited</c>.
    /// </remarks>
    private (string Calls, string Columns) SelectionCalls(
        IReadOnlyList<PlanSelection> selections, string parentVariable, Dictionary<PlanSelection, int> numbers, CypherParameters parameters)
    {
        var calls = new System.Text.StringBuilder();
        var columns = new System.Text.StringBuilder();
        var groups = new Dictionary<PlanSelection, PlanSelection>(ReferenceEqualityComparer.Instance); // member → first of its group
        foreach (var group in selections.Where(s => !s.ReadsRows && s.Count).GroupBy(CountGroup).Where(g => g.Count() > 1))
        {
            foreach (var member in group)
            {
                groups[member] = group.First();
            }
        }

        foreach (var selection in selections)
        {
            var number = numbers[selection];
            if (groups.TryGetValue(selection, out var first))
            {
                if (ReferenceEquals(first, selection))
                {
                    calls.Append(GroupedCount(
                        [.. selections.Where(s => groups.TryGetValue(s, out var g) && ReferenceEquals(g, first))], parentVariable, numbers, parameters));
                }

                columns.Append($", k{number}");
                AppendAggregates(selection, number, parentVariable, parameters, calls, columns);
                continue;
            }

            var query = selection.Query;
            var (relationship, labels) = NeighbourLabels.Of(_model, query);
            var (p, r, n) = (parentVariable, $"pr{number}", $"pn{number}");
            var pattern = SelectionPattern(selection, p, r, n, relationship.Type);
            var where = Where(SelectionConditions(selection, query, parameters, relationship, labels, p, r, n));
            if (selection.ReadsRows)
            {
                // Parameters in a fixed order (take, skip, then the children's), which the plan cache's walk repeats.
                var limit = query.TakePerParent is { } take ? $" LIMIT {parameters.Add((long)Math.Max(0, take))}" : string.Empty;
                var skip = parameters.Add((long)Math.Max(0, query.SkipPerParent));
                var sources = query.WithSources
                    ? $", {CypherSources.OfNode(_model, n, query.AsOf is not null)}, {CypherSources.OfEdge(_model, r, query.AsOf is not null)}"
                    : string.Empty;
                var (childCalls, childColumns) = SelectionCalls(selection.Children, n, numbers, parameters);
                var item = $"{EdgeColumn(r, selection.EdgeProperties, relationship)}{NodeColumns(n, selection.NodeProperties, labels)}";
                calls.Append($" CALL ({p}) {{ MATCH {pattern}{where} WITH {r}, {n} ORDER BY {string.Join(", ", NeighbourOrder(query, labels, n))}")
                    .Append($" SKIP {skip}{limit}{childCalls}")
                    .Append($" RETURN collect([{item}{sources}{childColumns}]) AS s{number} }}");
                columns.Append($", s{number}");
            }

            if (selection.Count)
            {
                columns.Append($", COUNT {{ MATCH {pattern}{where} }}");
            }

            AppendAggregates(selection, number, parentVariable, parameters, calls, columns);
        }

        return (calls.ToString(), columns.ToString());
    }

    /// <summary>
    /// Count-only selections of one parent that share everything but their filter: ONE walk over the parent's
    /// relationships of the type, each counting the far nodes its own filter keeps (<c>count(CASE WHEN … THEN 1 END)</c>).
    /// </summary>
    private string GroupedCount(
        IReadOnlyList<PlanSelection> selections, string parentVariable, Dictionary<PlanSelection, int> numbers, CypherParameters parameters)
    {
        var shared = selections[0];
        var number = numbers[shared];
        var (relationship, labels) = NeighbourLabels.Of(_model, shared.Query);
        var (p, r, n) = (parentVariable, $"pr{number}", $"pn{number}");
        var common = SelectionConditions(shared, shared.Query with { Where = null }, parameters, relationship, labels, p, r, n);
        var counts = selections.Select(s =>
        {
            var filter = _filters.Normalise(s.Query.Where, labels);
            var kept = filter is null ? null : new CypherFilter(_model, parameters, s.Query.AsOf is not null).Compile(filter, n, labels);
            return kept is null ? $"count(*) AS k{numbers[s]}" : $"count(CASE WHEN {kept} THEN 1 END) AS k{numbers[s]}";
        });
        return $" CALL ({p}) {{ MATCH {SelectionPattern(shared, p, r, n, relationship.Type)}{Where(common)} RETURN {string.Join(", ", counts)} }}";
    }

    /// <summary>What count-only selections must share to be counted in one pass: all but the filter.</summary>
    private static string CountGroup(PlanSelection selection) => string.Join('|',
        selection.Query.Type,
        selection.Query.Direction,
        string.Join(',', selection.Query.FarLabels ?? []),
        selection.Query.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "now",
        selection.ParentLabel ?? string.Empty);

    private static string SelectionPattern(PlanSelection selection, string p, string r, string n, string relationshipType)
    {
        var type = Cypher.Name(relationshipType);
        return selection.Query.Direction == EdgeDirection.Outgoing ? $"({p})-[{r}:{type}]->({n})" : $"({p})<-[{r}:{type}]-({n})";
    }

    /// <summary>The far label test, filter and as-of conditions, and the parent's label test for a member of a union.</summary>
    private List<string> SelectionConditions(
        PlanSelection selection, NeighbourQuery query, CypherParameters parameters, RelationshipType relationship, IReadOnlyList<string> labels,
        string p, string r, string n)
    {
        var conditions = NeighbourConditions(parameters, query, relationship, labels, n, r);
        if (selection.ParentLabel is not null)
        {
            conditions.Insert(0, $"{p}:{Cypher.Name(_model.GetNode(selection.ParentLabel).Label)}");
        }

        return conditions;
    }

    /// <summary>Reads the lists of <paramref name="selections"/> from a parent's item, from <paramref name="position"/> on.</summary>
    private void ReadSelections(
        IReadOnlyList<PlanSelection> selections, GraphNode parent, IReadOnlyList<object?> item, ref int position, PlanReading reading)
    {
        foreach (var selection in selections)
        {
            var rows = selection.ReadsRows ? (IReadOnlyList<object?>)item[position++]! : [];
            long? count = selection.Count ? (long)item[position++]! : null;
            var aggregated = item.Skip(position).Take(selection.Aggregates.Count).ToList();
            position += aggregated.Count;
            if ((selection.ParentLabel is not null && selection.ParentLabel != parent.Label) || !reading.FirstVisit(selection, parent.Id))
            {
                continue; // Not a parent of this selection, or one already read through another path (same answer).
            }

            for (var j = 0; j < aggregated.Count; j++)
            {
                reading.Buckets(selection.Aggregates[j], parent.Id, ReadBuckets(selection.Aggregates[j], aggregated[j], parent.Id));
            }

            if (count is { } total)
            {
                reading.Count(selection, parent.Id, total);
            }

            var (relationship, labels) = NeighbourLabelsCache.Of(_model, selection.Query);
            foreach (var row in rows)
            {
                var values = (IReadOnlyList<object?>)row!;
                var next = 0;
                var properties = ReadEdgeProperties(values, ref next, selection.EdgeProperties, relationship);
                var node = ReadNode(values, ref next, selection.NodeProperties, labels);
                var edge = selection.Query.Direction == EdgeDirection.Outgoing
                    ? new GraphEdge(relationship.Type, parent.Id, node.Id, properties)
                    : new GraphEdge(relationship.Type, node.Id, parent.Id, properties);
                if (selection.Query.WithSources)
                {
                    (node, edge) = (WithSources(node, values[next]), WithSources(edge, values[next + 1]));
                    next += 2;
                }

                reading.Row(selection, new Neighbour(parent.Id, edge, node));
                ReadSelections(selection.Children, node, values, ref next, reading);
            }
        }
    }
}
