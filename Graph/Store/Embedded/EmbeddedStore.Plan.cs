using System.Text;
using GraphServer.Model;
using GraphServer.Store.Planning;
using GraphServer.Store.Querying;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// A whole plan in ONE read transaction and one statement per level: the root (a page or a lookup), then for each depth
/// of the selection tree one compound statement whose members are every selection's rows at that depth (ROW_NUMBER cuts
/// each parent's page) and their counts. Counts of selections over the same relationship, far labels, day and parents
/// are one grouped pass (<c>count(CASE WHEN filter THEN 1 END)</c> per selection), so a funnel of status counts walks a
/// country's citizens once. Sources are read in the same transaction. Every level sees the same WAL snapshot, so the
/// answer never mixes two moments. The answers are those of <see cref="LevelByLevelPlan"/> over the contract's calls.
/// </summary>
public sealed partial class EmbeddedStore
{
    public async Task<PlanResult> RunPlanAsync(PlanQuery plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var session = await ReadAsync(cancellationToken);
        PlanResult result;
        if (plan.Timeline is { } timeline)
        {
            // The walk, the cut and the events' sources in one statement (EmbeddedStore.Timeline.cs).
            result = await TimelineRootAsync(session, plan, timeline, cancellationToken);
        }
        else if (plan.Traversal is { } traversal)
        {
            result = await TraversalRootAsync(session, traversal, cancellationToken);
        }
        else
        {
            var (root, scores) = await PlanRootAsync(session, plan, cancellationToken);
            result = new PlanResult(root) { Scores = scores };
        }

        Func<AggregateQuery, CancellationToken, Task<IReadOnlyList<AggregateBucket>>> aggregate =
            (query, token) => AggregateAsync(session, query, token);
        foreach (var query in plan.Aggregates)
        {
            result.AddBuckets(query, await AggregateBuckets.ByParentAsync(query, null, aggregate, cancellationToken));
        }

        var level = plan.Selections.Select(s => (Selection: s, ParentIds: ParentIdsOf(s, result.Root.Nodes))).ToList();
        while (level.Count > 0)
        {
            var rows = await RunLevelAsync(session, level, result, cancellationToken);
            foreach (var (selection, parentIds) in level)
            {
                foreach (var query in selection.Aggregates)
                {
                    result.AddBuckets(query, await AggregateBuckets.ByParentAsync(query, parentIds, aggregate, cancellationToken));
                }
            }

            level = [.. level.SelectMany(step => step.Selection.Children.Select(child =>
                (Selection: child, ParentIds: ParentIdsOf(child, [.. rows[step.Selection].Select(r => r.Node)]))))];
        }

        return result;
    }

    /// <summary>The root's nodes, and the hits' scores when the root is a search (none otherwise).</summary>
    private async Task<(NodePage Root, IReadOnlyList<double> Scores)> PlanRootAsync(
        ReadSession session, PlanQuery plan, CancellationToken cancellationToken)
    {
        if (plan.Page is { } page)
        {
            return (await FindNodesAsync(session, page, cancellationToken, plan.CountsTotal, plan.RootProperties), []);
        }

        if (plan.Search is { } search)
        {
            var hits = await SearchAsync(session, search.Query, cancellationToken);
            return (new NodePage([.. hits.Select(h => h.Node)], hits.Count), [.. hits.Select(h => h.Score)]);
        }

        var wanted = plan.Lookup!;
        IReadOnlyList<GraphNode> found = wanted.Ids.Count == 0 ? [] : await GetNodesAsync(session, wanted.Ids, cancellationToken, plan.RootProperties);
        var kept = found.Where(n => wanted.Label is null || n.Label == wanted.Label).ToList();
        if (wanted.WithSources && kept.Count > 0)
        {
            kept = [.. await WithSourcesAsync(session, kept, null, cancellationToken)];
        }

        return (new NodePage(kept, kept.Count), []);
    }

    /// <summary>The properties of a row's relationship when the request reads none of them.</summary>
    private static readonly IReadOnlyDictionary<string, object?> NoEdgeProperties = new Dictionary<string, object?>();

    private static List<string> ParentIdsOf(PlanSelection selection, IReadOnlyList<GraphNode> parents) =>
        [.. parents.Where(p => selection.ParentLabel is null || p.Label == selection.ParentLabel).Select(p => p.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>One depth of the plan as one statement; returns every selection's rows (for the parents of the depth below).</summary>
    private async Task<Dictionary<PlanSelection, List<Neighbour>>> RunLevelAsync(
        ReadSession session, IReadOnlyList<(PlanSelection Selection, List<string> ParentIds)> level, PlanResult result,
        CancellationToken cancellationToken)
    {
        var rows = new Dictionary<PlanSelection, List<Neighbour>>(ReferenceEqualityComparer.Instance);
        foreach (var step in level)
        {
            rows[step.Selection] = [];
        }

        var counts = new Dictionary<PlanSelection, Dictionary<string, long>>(ReferenceEqualityComparer.Instance);
        await using var command = session.Command();
        var members = new List<string>();
        var groups = new List<string>();
        var countGroups = new Dictionary<string, List<(int Index, Filter? Where)>>(StringComparer.Ordinal);
        var groupQueries = new List<(NeighbourQuery Query, RelationshipType Relationship, IReadOnlyList<string> Labels)>();
        var relationships = new RelationshipType[level.Count];
        for (var index = 0; index < level.Count; index++)
        {
            var (selection, parentIds) = level[index];
            var query = selection.Query with { ParentIds = parentIds };
            var (relationship, labels) = NeighbourLabels.Of(_model, query);
            var where = _filters.Normalise(query.Where, labels);
            relationships[index] = relationship;
            if (selection.Count)
            {
                counts[selection] = parentIds.ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
            }

            if (parentIds.Count == 0)
            {
                continue;
            }

            if (selection.ReadsRows)
            {
                members.Add(RowsMember(command, index, query, relationship, labels, where, readsEdges: selection.EdgeProperties is not { Count: 0 }));
            }

            if (selection.Count)
            {
                // Same relationship, direction, far labels, day and parents: the counts differ only in their filter.
                var key = $"{relationship.Type}|{query.Direction}|{string.Join(',', labels)}|{query.AsOf}|{string.Join('\u001f', parentIds)}";
                if (!countGroups.TryGetValue(key, out var sameWalk))
                {
                    countGroups[key] = sameWalk = [];
                    groupQueries.Add((query, relationship, labels));
                }

                sameWalk.Add((index, where));
            }
        }

        var group = 0;
        foreach (var counted in countGroups.Values)
        {
            var (query, relationship, labels) = groupQueries[group];
            groups.Add(CountGroup(command, group, counted, query, relationship, labels));
            members.AddRange(counted.Select((c, column) =>
                $"SELECT {c.Index}, parent, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c{column} FROM g{group}"));
            group++;
        }

        if (members.Count > 0)
        {
            command.CommandText = (groups.Count > 0 ? "WITH " + string.Join(",\n", groups) + "\n" : string.Empty)
                + string.Join("\nUNION ALL\n", members) + "\nORDER BY 1, 2, 9";
            await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var index = reader.GetInt32(0);
                if (!reader.IsDBNull(9))
                {
                    counts[level[index].Selection][reader.GetString(1)] = reader.GetInt64(9);
                    continue;
                }

                var selection = level[index].Selection;
                var edge = reader.IsDBNull(4)
                    ? new GraphEdge(relationships[index].Type, reader.GetString(2), reader.GetString(3), NoEdgeProperties)
                    : ToEdge(relationships[index].Type, reader.GetString(2), reader.GetString(3), reader.GetString(4), selection.EdgeProperties);
                var node = ToNode(reader.GetString(5), reader.GetString(6), reader.GetString(7), selection.NodeProperties);
                rows[level[index].Selection].Add(new Neighbour(reader.GetString(1), edge, node));
            }
        }

        await AddSourcesAsync(session, level, rows, cancellationToken);
        foreach (var (selection, parentIds) in level)
        {
            result.Add(selection, parentIds, rows[selection]);
            if (counts.TryGetValue(selection, out var ofSelection))
            {
                result.AddCounts(selection, ofSelection);
            }
        }

        return rows;
    }

    /// <summary>A member with one selection's rows: its neighbours per parent, ranked in its order and cut to its page.</summary>
    /// <param name="readsEdges">False when the request reads none of the relationship's properties: they are not read at all.</param>
    private string RowsMember(
        SqliteCommand command, int index, NeighbourQuery query, RelationshipType relationship, IReadOnlyList<string> labels, Filter? where,
        bool readsEdges)
    {
        var order = SqliteOrderBy.Terms(query.Order, name => FindOnAny(labels, name), "n");
        var suffix = "r" + index;
        var (from, conditions) = NeighbourJoin(command, query, relationship, labels, where, suffix);
        command.Parameters.AddWithValue("$skip" + suffix, Math.Max(0, query.SkipPerParent));
        command.Parameters.AddWithValue("$take" + suffix, (object?)query.TakePerParent ?? DBNull.Value);
        return $"""
            SELECT {index}, parent, from_id, to_id, eprops, id, label, props, rank, NULL FROM (
              SELECT k.value AS parent, e.from_id, e.to_id, {(readsEdges ? "e.props" : "NULL")} AS eprops, n.id, n.label, n.props,
                     ROW_NUMBER() OVER (PARTITION BY k.value ORDER BY {order}) AS rank
              {from}
              WHERE 1{conditions})
            WHERE rank > $skip{suffix} AND ($take{suffix} IS NULL OR rank <= $skip{suffix} + $take{suffix})
            """;
    }

    /// <summary>
    /// <c>g{n}</c>: per parent, one count per selection of the group in one pass over its neighbours; a selection's count
    /// takes a neighbour when its filter is true (not false, not NULL), as its WHERE would.
    /// </summary>
    private string CountGroup(
        SqliteCommand command, int group, IReadOnlyList<(int Index, Filter? Where)> counted, NeighbourQuery query, RelationshipType relationship,
        IReadOnlyList<string> labels)
    {
        var suffix = "c" + group;
        var (from, conditions) = NeighbourJoin(command, query, relationship, labels, null, suffix, CountingIndex(query, counted.Select(c => c.Where)));
        var columns = new StringBuilder();
        for (var column = 0; column < counted.Count; column++)
        {
            var where = counted[column].Where;
            var filter = where is null
                ? null
                : new SqlFilter(_model, command, query.AsOf is not null, $"$f{suffix}_{column}_").Compile(where, "n", labels);
            columns.Append(column == 0 ? string.Empty : ", ")
                .Append(filter is null ? "count(*)" : $"count(CASE WHEN {filter} THEN 1 END)").Append(" AS c").Append(column);
        }

        return $"g{group} AS MATERIALIZED (SELECT k.value AS parent, {columns} {from} WHERE 1{conditions} GROUP BY k.value)";
    }

    /// <summary>
    /// The index keyed by id that holds the one property every filter of a count group tests (a funnel by status), so the
    /// grouped pass reads each neighbour's value from the index and never parses its JSON; null when the filters test
    /// anything else, or as-of conditions read other properties. SQLite's planner prefers the id's own unique index
    /// (it does not weigh that the other one covers the expression), hence the explicit choice.
    /// </summary>
    private string? CountingIndex(NeighbourQuery query, IEnumerable<Filter?> filters)
    {
        var tested = new HashSet<string>(StringComparer.Ordinal);
        var plain = filters.All(f => f is null || PropertiesOf(f, tested));
        return plain && query.AsOf is null && tested.Count == 1 && _countedById.Contains(tested.First()) ? SqlNames.ByIdIndex(tested.First()) : null;
    }

    /// <summary>Adds the properties <paramref name="filter"/> tests; false when it also follows a relationship.</summary>
    private static bool PropertiesOf(Filter filter, HashSet<string> tested)
    {
        switch (filter)
        {
            case PropertyFilter property:
                tested.Add(property.Property);
                return true;
            case AndFilter and:
                return and.Operands.All(f => PropertiesOf(f, tested));
            case OrFilter or:
                return or.Operands.All(f => PropertiesOf(f, tested));
            case NotFilter not:
                return PropertiesOf(not.Operand, tested);
            default:
                return false;
        }
    }

    /// <summary>Sources of the level's rows that asked for them, one read per day (the level's selections share it in practice).</summary>
    private async Task AddSourcesAsync(
        ReadSession session, IReadOnlyList<(PlanSelection Selection, List<string> ParentIds)> level, Dictionary<PlanSelection, List<Neighbour>> rows,
        CancellationToken cancellationToken)
    {
        foreach (var sameDay in level.Where(s => s.Selection.Query.WithSources && rows[s.Selection].Count > 0).GroupBy(s => s.Selection.Query.AsOf))
        {
            var selections = sameDay.Select(s => s.Selection).ToList();
            var all = selections.SelectMany(s => rows[s]).ToList();
            var withSources = await WithSourcesAsync(session, all, sameDay.Key, cancellationToken);
            var offset = 0;
            foreach (var selection in selections)
            {
                var count = rows[selection].Count;
                rows[selection] = [.. withSources.Skip(offset).Take(count)];
                offset += count;
            }
        }
    }
}
