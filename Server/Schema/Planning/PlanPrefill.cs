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
    private readonly Dictionary<(string Key, string Parent), IReadOnlyList<Neighbour>> _rows = [];
    private readonly Dictionary<(string Key, string Parent), long> _counts = [];

    public void AddRows(string key, string parentId, IReadOnlyList<Neighbour> rows)
    {
        lock (_gate)
        {
            _rows[(key, parentId)] = rows;
        }
    }

    public void AddCount(string key, string parentId, long count)
    {
        lock (_gate)
        {
            _counts[(key, parentId)] = count;
        }
    }

    public IReadOnlyList<Neighbour>? Rows(string key, string parentId)
    {
        lock (_gate)
        {
            return _rows.GetValueOrDefault((key, parentId));
        }
    }

    public long? Count(string key, string parentId)
    {
        lock (_gate)
        {
            return _counts.TryGetValue((key, parentId), out var count) ? count : null;
        }
    }

    /// <summary>The request's prefill, or null when nothing was compiled for it.</summary>
    public static PlanPrefill? Find(IResolveFieldContext context) => RequestItems.Find<PlanPrefill>(context, UserContextKey);

    public static PlanPrefill For(IResolveFieldContext context) =>
        RequestItems.GetOrAdd(context, UserContextKey, () => new PlanPrefill());
}
