using GraphQL;
using GraphQL.Types;
using GraphServer.Schema.Aggregation;
using GraphServer.Schema.Filtering;
using GraphServer.Store;

namespace GraphServer.Schema.Planning;

/// <summary>
/// Marks an <c>aggregate</c> field with the label it counts, so the planner can put it in the request's plan, and gives
/// the queries and keys its resolver uses: the planner asks the same questions under the same keys as the resolver, which
/// finds its buckets pre-filled (<see cref="PlanPrefill.Buckets"/>) or, when a key differs, loads them itself.
/// </summary>
internal static class PlannableAggregate
{
    private const string MetadataKey = "graphserver:plannableAggregate";

    public static FieldType Mark(FieldType field, string label)
    {
        field.Metadata[MetadataKey] = label;
        return field;
    }

    /// <summary>The label an aggregate field counts; null for any other field.</summary>
    public static string? LabelOf(IFieldType field) => field.Metadata.TryGetValue(MetadataKey, out var label) ? label as string : null;

    /// <summary>The keys groupBy names (its enum values), or null when the resolver would refuse them (it reports why).</summary>
    public static IReadOnlyList<GroupKey>? Keys(IResolveFieldContext context)
    {
        var keys = (context.GetArgument<object?>("groupBy") as System.Collections.IEnumerable ?? Array.Empty<object>()).OfType<GroupKey>().ToList();
        return keys.Count is 0 or > AggregateFieldGenerator.MaxKeys || keys.DistinctBy(k => k.Name).Count() != keys.Count ? null : keys;
    }

    /// <summary>A relationship connection's aggregate for some parents: its connection's matches, paging ignored.</summary>
    public static AggregateQuery ForNeighbours(string label, IReadOnlyList<GroupKey> keys, NeighbourQuery neighbours, IReadOnlyCollection<string> parents) =>
        new(label, [.. keys.Select(k => k.Key)])
        {
            Where = neighbours.Where,
            AsOf = neighbours.AsOf,
            Parents = new AggregateParents(parents, neighbours.Type, neighbours.Direction),
        };

    /// <summary>The key a relationship connection's aggregate batches and is pre-filled under (per parent).</summary>
    public static string NeighboursKey(NeighbourQuery neighbours, IReadOnlyList<GroupKey> keys) =>
        $"aggregate|{Generation.RelationshipFieldGenerator.Key(neighbours with { Order = [], SkipPerParent = 0, TakePerParent = null, WithSources = false })}"
        + $"|{string.Join(',', keys.Select(k => k.Name))}";

    /// <summary>A root connection's aggregate: every match of its where and asOf.</summary>
    public static AggregateQuery ForRoot(string label, IReadOnlyList<GroupKey> keys, NodeQuery matching) =>
        new(label, [.. keys.Select(k => k.Key)]) { Where = matching.Where, AsOf = matching.AsOf };

    /// <summary>The key a root connection's aggregate is pre-filled under (with the empty parent id).</summary>
    public static string RootKey(NodeQuery matching, IReadOnlyList<GroupKey> keys) => string.Join('|', "aggregate-root", matching.Label,
        matching.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "now", FilterText.Of(matching.Where),
        string.Join(',', keys.Select(k => k.Name)));
}
