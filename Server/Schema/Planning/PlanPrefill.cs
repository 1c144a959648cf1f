using GraphQL;
using GraphServer.Schema.Loading;
using GraphServer.Store;

namespace GraphServer.Schema.Planning;

/// <summary>
/// The answers a compiled plan brought for the rest of one request, by the loader key a relationship resolver uses and
/// by parent id. A resolver that finds its answer here does not call the store; one that does not (a subtree the
/// compiler left out) loads through its DataLoader as before. Lives in the request's user context, like the loaders.
/// </summary>
internal sealed class PlanPrefill
{
    private const string UserContextKey = "GraphServer.PlanPrefill";
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Key, string Parent), (IReadOnlyList<Neighbour> Rows, SelectedProperties Read)> _rows = [];
    private readonly Dictionary<(string Key, string Parent), long> _counts = [];
    private readonly Dictionary<(string Key, string Parent), IReadOnlyList<AggregateBucket>> _buckets = [];
    private readonly Dictionary<GraphQLParser.AST.GraphQLField, SelectedProperties> _needs = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A parent's rows as the plan read them, with the properties they hold. The same question of the same parent in two
    /// places of one request (same key) has the same rows, so a second answer adds its properties to the first's.
    /// </summary>
    public void AddRows(string key, string parentId, IReadOnlyList<Neighbour> rows, SelectedProperties read)
    {
        lock (_gate)
        {
            _rows[(key, parentId)] = _rows.TryGetValue((key, parentId), out var known) && Same(known.Rows, rows)
                ? (Merge(known.Rows, rows), new(SelectedProperties.Union(known.Read.Node, read.Node), SelectedProperties.Union(known.Read.Edge, read.Edge)))
                : (rows, read);
        }
    }

    /// <summary>
    /// This parent's rows for a resolver whose field reads <paramref name="field"/>'s selection, or null when none were
    /// read or they lack a property the selection reads (an occurrence the planner left out, merged into this field):
    /// the resolver then loads whole rows through its DataLoader.
    /// </summary>
    public IReadOnlyList<Neighbour>? Rows(string key, string parentId, IResolveFieldContext field, bool isConnection)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue((key, parentId), out var known))
            {
                return null;
            }

            if (!_needs.TryGetValue(field.FieldAst, out var needed))
            {
                _needs[field.FieldAst] = needed =
                    SelectedProperties.OfRelationship(field.FieldAst, field.FieldDefinition, isConnection, field.Schema, field.Document);
            }

            return known.Read.Covers(needed) ? known.Rows : null;
        }
    }

    /// <summary>A parent's (a root aggregate's: the empty id's) buckets of an aggregate the plan answered.</summary>
    public void AddBuckets(string key, string parentId, IReadOnlyList<AggregateBucket> buckets)
    {
        lock (_gate)
        {
            _buckets[(key, parentId)] = buckets;
        }
    }

    public IReadOnlyList<AggregateBucket>? Buckets(string key, string parentId)
    {
        lock (_gate)
        {
            return _buckets.GetValueOrDefault((key, parentId));
        }
    }

    public void AddCount(string key, string parentId, long count)
    {
        lock (_gate)
        {
            _counts[(key, parentId)] = count;
        }
    }


    public long? Count(string key, string parentId)
    {
        lock (_gate)
        {
            return _counts.TryGetValue((key, parentId), out var count) ? count : null;
        }
    }

    private static bool Same(IReadOnlyList<Neighbour> left, IReadOnlyList<Neighbour> right) =>
        left.Count == right.Count && left.Zip(right).All(p => p.First.Node.Id == p.Second.Node.Id);

    private static List<Neighbour> Merge(IReadOnlyList<Neighbour> left, IReadOnlyList<Neighbour> right) =>
        [.. left.Zip(right, (l, r) => l with
        {
            Node = l.Node with { Properties = Union(l.Node.Properties, r.Node.Properties) },
            Edge = l.Edge with { Properties = Union(l.Edge.Properties, r.Edge.Properties) },
        })];

    private static Dictionary<string, object?> Union(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        var union = new Dictionary<string, object?>(left, StringComparer.Ordinal);
        foreach (var (name, value) in right)
        {
            union.TryAdd(name, value);
        }

        return union;
    }

    /// <summary>The request's prefill, or null when nothing was compiled for it.</summary>
    public static PlanPrefill? Find(IResolveFieldContext context) => RequestItems.Find<PlanPrefill>(context, UserContextKey);

    public static PlanPrefill For(IResolveFieldContext context) =>
        RequestItems.GetOrAdd(context, UserContextKey, () => new PlanPrefill());
}
