using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using GraphServer.Model;
using GraphServer.Store.Planning;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Plan statements cached by shape. A plan's Cypher text depends only on its shape (labels, types, directions, hop bounds,
/// which filters on which properties, orders, projections, aggregates' keys, which parts are present), never on its values,
/// which are parameters. One walk over the plan gives both the shape (the cache key) and the values in the order the
/// statement builder numbers them (<c>$f0, $f1, …</c>: the parameter layout), so a repeated request shape reuses the text
/// without building it again, and Neo4j, which caches its plans by text, plans it once. Every one-statement root walks so:
/// a page, a lookup or a search with their aggregates (here), a timeline, a neighbourhood or paths
/// (Neo4jStore.PlanCacheRoots.cs). Bounded: past <see cref="PlanCacheCapacity"/> shapes new ones are built every time.
/// Debug builds rebuild every hit and fail on any difference, so the test suites check the walk.
/// </summary>
public sealed partial class Neo4jStore
{
    private const int PlanCacheCapacity = 512;

    /// <summary>Room for a usual key at once (a bench trace's is ~400 characters), so the walk's builder seldom grows.</summary>
    private const int ShapeCapacity = 512;
    private readonly ConcurrentDictionary<string, string> _planStatements = new(StringComparer.Ordinal);
    private long _planCacheHits;
    private long _planCacheMisses;

    /// <summary>How often a plan's statement came from the cache and how often it was built.</summary>
    internal (long Hits, long Misses) PlanCacheCounts => (Interlocked.Read(ref _planCacheHits), Interlocked.Read(ref _planCacheMisses));

    /// <summary>Forgets every cached statement (the request benchmark measures a request that builds its text).</summary>
    internal void ClearPlanCache() => _planStatements.Clear();

    /// <summary>
    /// The statement of a plan rooted in a page, a lookup or a search, with its aggregates, and its parameters: the walk
    /// mirrors <see cref="BuildPlanStatement"/> (the selections' calls, then the root) and <see cref="WithRootAggregates"/>.
    /// </summary>
    private (string Cypher, CypherParameters Parameters) PlanStatement(PlanQuery plan)
    {
        var shape = new StringBuilder(ShapeCapacity);
        var walked = new CypherParameters();
        ShapeOfSelections(plan.Selections, shape, walked);
        ShapeOfRoot(plan, shape, walked);
        foreach (var aggregate in plan.Aggregates)
        {
            ShapeOfAggregate(aggregate, shape, walked, perParent: false);
        }

        return CachedStatement(shape, walked, parameters => WithRootAggregates(plan, parameters, BuildPlanStatement(plan, parameters)));
    }

    /// <summary>
    /// The cached text for a walked <paramref name="shape"/> with the walk's values, or on a miss a fresh
    /// <paramref name="build"/> (kept while the cache has room).
    /// </summary>
    private (string Cypher, CypherParameters Parameters) CachedStatement(
        StringBuilder shape, CypherParameters walked, Func<CypherParameters, string> build)
    {
        var key = shape.ToString();
        if (_planStatements.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _planCacheHits);
#if DEBUG
            var fresh = new CypherParameters();
            var built = build(fresh);
            if (built != cached || !SameValues(fresh.Values, walked.Values))
            {
                throw new InvalidOperationException($"The plan cache's walk disagrees with the statement builder for shape {key}.");
            }
#endif
            return (cached, walked);
        }

        Interlocked.Increment(ref _planCacheMisses);
        var parameters = new CypherParameters();
        var cypher = build(parameters);
        if (_planStatements.Count < PlanCacheCapacity)
        {
            _planStatements.TryAdd(key, cypher);
        }

        return (cypher, parameters);
    }

    /// <summary>Mirrors <see cref="SelectionCalls"/>: the same selections, groups and values in the same order.</summary>
    private void ShapeOfSelections(IReadOnlyList<PlanSelection> selections, StringBuilder shape, CypherParameters values)
    {
        var firsts = new Dictionary<PlanSelection, IReadOnlyList<PlanSelection>>(ReferenceEqualityComparer.Instance);
        var members = new HashSet<PlanSelection>(ReferenceEqualityComparer.Instance);
        if (CountOnly(selections) > 1) // Only then can a group form; most levels skip the grouping.
        {
            foreach (var group in selections.Where(s => !s.ReadsRows && s.Count).GroupBy(CountGroup).Where(g => g.Count() > 1))
            {
                firsts[group.First()] = [.. group];
                members.UnionWith(group);
            }
        }

        shape.Append('[');
        foreach (var selection in selections)
        {
            var query = selection.Query;
            var (_, labels) = NeighbourLabelsCache.Of(_model, query);
            if (members.Contains(selection))
            {
                if (firsts.TryGetValue(selection, out var group))
                {
                    shape.Append("group ").Append(CountGroup(selection)).Append('(');
                    SetAsOf(query.AsOf, values);
                    foreach (var member in group)
                    {
                        ShapeOfFilter(_filters.Normalise(member.Query.Where, labels), shape, values);
                        shape.Append(';');
                    }

                    shape.Append(')');
                }
                else
                {
                    shape.Append("member");
                }

                shape.Append(CultureInfo.InvariantCulture, $" below {Descendants(selection)}");
                ShapeOfAggregates(selection, shape, values);
                shape.Append(',');
                continue;
            }

            AppendCountGroup(shape, selection).Append(selection.ReadsRows ? " rows" : " -").Append(selection.Count ? " count" : " -")
                .Append(" nodes ");
            AppendProjection(shape, selection.NodeProperties).Append(" edges ");
            AppendProjection(shape, selection.EdgeProperties).Append(query.WithSources ? " sources " : " - ");
            foreach (var order in query.Order)
            {
                shape.Append(order.Property).Append(' ').Append(order.Direction == SortDirection.Descending ? "desc," : "asc,");
            }

            SetAsOf(query.AsOf, values);
            ShapeOfFilter(_filters.Normalise(query.Where, labels), shape, values);
            if (selection.ReadsRows)
            {
                if (query.TakePerParent is { } take)
                {
                    shape.Append(" take");
                    values.Add((long)Math.Max(0, take));
                }

                values.Add((long)Math.Max(0, query.SkipPerParent));
                ShapeOfSelections(selection.Children, shape, values);
            }
            else
            {
                shape.Append(CultureInfo.InvariantCulture, $" below {Descendants(selection)}"); // Not in the text, but numbered.
            }

            ShapeOfAggregates(selection, shape, values);
            shape.Append(',');
        }

        shape.Append(']');
    }

    /// <summary>
    /// Mirrors the root of <see cref="RunPlanAsync"/>: <see cref="PageRoot"/> (and its <see cref="CypherMatch"/>), the search or
    /// the lookup.
    /// </summary>
    private void ShapeOfRoot(PlanQuery plan, StringBuilder shape, CypherParameters values)
    {
        if (plan.Search is { } search)
        {
            // The text depends on whether labels and asOf are given; the builder's own call sets the values.
            shape.Append(" search ").Append(search.Query.Labels.Count > 0 ? "labels" : "all")
                .Append(search.Query.AsOf is null ? " now" : " asOf");
            _ = SearchMatch(search.Query, values);
            return;
        }

        if (plan.Page is not { } page)
        {
            var lookup = plan.Lookup!;
            shape.Append(" lookup ").Append(lookup.Label).Append(lookup.WithSources ? " sources" : " -")
                .Append(" nodes ");
            AppendProjection(shape, plan.RootProperties);
            values.Set("ids", lookup.Ids.Cast<object?>().ToList());
            return;
        }

        var type = _model.GetNode(page.Label);
        shape.Append(" page ").Append(type.Label).Append(page.AfterId is null ? " -" : " after").Append(page.WithSources ? " sources " : " - ")
            .Append(page.AsOf is null ? "now " : "asOf ").AppendJoin(',', page.Order.Select(o => $"{o.Property} {o.Direction}"))
            .Append(plan.CountsTotal ? " total" : " -").Append(" nodes ");
        AppendProjection(shape, plan.RootProperties);
        ShapeOfMatch(type, _filters.Normalise(page.Where, [type.Label]), page.AsOf, shape, values);
        values.Set("after", page.AfterId);
        values.Set("skip", (long)Math.Max(0, page.Skip));
        values.Set("take", (long)Math.Max(0, page.Take));
    }

    /// <summary>Mirrors <see cref="Match"/> and <see cref="CypherMatch"/>: the day, the conditions, a selective chain.</summary>
    private void ShapeOfMatch(NodeType type, Filter? where, DateOnly? asOf, StringBuilder shape, CypherParameters values)
    {
        SetAsOf(asOf, values);
        var conjuncts = where is AndFilter and ? and.Operands.ToList() : where is null ? [] : [where];
        var anchor = conjuncts.OfType<RelationshipFilter>().FirstOrDefault(r => FilterChain.IsSelective(_model, r));
        shape.Append(where is null ? " all" : where is AndFilter ? " and" : " one");
        foreach (var conjunct in conjuncts.Where(c => !ReferenceEquals(c, anchor)))
        {
            ShapeOfFilter(conjunct, shape, values);
        }

        if (anchor is not null)
        {
            shape.Append(" anchor");
            ShapeOfFilter(anchor, shape, new CypherParameters()); // Its structure only: the chain's values come step by step.
            foreach (var step in FilterChain.Steps(_model, anchor)!)
            {
                foreach (var rest in step.Others)
                {
                    ShapeOfFilter(rest, shape, values);
                }
            }
        }
    }

    /// <summary>Mirrors <see cref="CypherFilter.Compile"/>: its structure into the shape, its values in its order.</summary>
    private static void ShapeOfFilter(Filter? filter, StringBuilder shape, CypherParameters values)
    {
        switch (filter)
        {
            case null:
                shape.Append(" ~");
                break;
            case AndFilter and:
                shape.Append(" and(");
                foreach (var operand in and.Operands)
                {
                    ShapeOfFilter(operand, shape, values);
                }

                shape.Append(')');
                break;
            case OrFilter or:
                shape.Append(" or(");
                foreach (var operand in or.Operands)
                {
                    ShapeOfFilter(operand, shape, values);
                }

                shape.Append(')');
                break;
            case NotFilter not:
                shape.Append(" not(");
                ShapeOfFilter(not.Operand, shape, values);
                shape.Append(')');
                break;
            case PropertyFilter property when property.Operator == FilterOperator.IsNull:
                shape.Append(CultureInfo.InvariantCulture, $" {property.Property} isNull {property.Value}");
                break;
            case PropertyFilter property:
                shape.Append(CultureInfo.InvariantCulture, $" {property.Property} {property.Operator}");
                values.Add(property.Value);
                break;
            case RelationshipFilter relationship:
                shape.Append(CultureInfo.InvariantCulture, $" {relationship.Quantifier} {relationship.Type} {relationship.Direction}(");
                ShapeOfFilter(relationship.Where, shape, values);
                shape.Append(')');
                break;
            default:
                throw new ArgumentException($"{filter.GetType().Name} is not a filter the stores know.");
        }
    }

    /// <summary>A projection in the key: its names in order (the text lists them so), or <c>*</c> for every property.</summary>
    private static StringBuilder AppendProjection(StringBuilder shape, IReadOnlyList<string>? properties) =>
        properties is null ? shape.Append('*') : shape.Append('{').AppendJoin(',', properties).Append('}');

    /// <summary><see cref="CountGroup"/> written into the key without its own string.</summary>
    private static StringBuilder AppendCountGroup(StringBuilder shape, PlanSelection selection)
    {
        var query = selection.Query;
        shape.Append(query.Type).Append('|').Append(query.Direction == EdgeDirection.Outgoing ? "out|" : "in|");
        if (query.FarLabels is { } far)
        {
            shape.AppendJoin(',', far);
        }

        shape.Append('|');
        if (query.AsOf is { } day)
        {
            shape.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}");
        }

        return shape.Append('|').Append(selection.ParentLabel);
    }

    private static int CountOnly(IReadOnlyList<PlanSelection> selections)
    {
        var count = 0;
        foreach (var selection in selections)
        {
            count += !selection.ReadsRows && selection.Count ? 1 : 0;
        }

        return count;
    }

    private static int Descendants(PlanSelection selection) => selection.Children.Sum(c => 1 + Descendants(c));

    private static void SetAsOf(DateOnly? asOf, CypherParameters values)
    {
        if (asOf is not null)
        {
            values.Set(CypherAsOf.Parameter[1..], AsOfDay.Format(asOf));
        }
    }

#if DEBUG
    private static bool SameValues(Dictionary<string, object?> left, Dictionary<string, object?> right) =>
        left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var other) && SameValue(p.Value, other));

    private static bool SameValue(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (string a, string b) => a == b,
        (System.Collections.IEnumerable a, System.Collections.IEnumerable b) =>
            a.Cast<object?>().Count() == b.Cast<object?>().Count() && a.Cast<object?>().Zip(b.Cast<object?>()).All(x => SameValue(x.First, x.Second)),
        _ => Equals(left, right),
    };
#endif
}
