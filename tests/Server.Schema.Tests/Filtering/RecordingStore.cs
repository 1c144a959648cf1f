using GraphServer.Store;

namespace GraphServer.Schema.Tests.Filtering;

/// <summary>Answers every read with nothing and keeps the queries it was asked, so tests can check what the schema sent.</summary>
internal sealed class RecordingStore : IGraphStore
{
    public List<NodeQuery> NodeQueries { get; } = [];

    public List<NeighbourQuery> NeighbourQueries { get; } = [];

    public List<SearchQuery> SearchQueries { get; } = [];

    /// <summary>The ids of each GetNodesAsync call.</summary>
    public List<IReadOnlyCollection<string>> IdLookups { get; } = [];

    /// <summary>Thrown by FindNodesAsync when set, as a store throws when a filter breaks its limits.</summary>
    public Exception? FindFailure { get; set; }

    public IReadOnlyList<GraphNode> Nodes { get; set; } = [];

    /// <summary>Relationships GetNeighboursAsync answers from, in the order given (the test's stand-in for the query's order).</summary>
    public IReadOnlyList<GraphEdge> Edges { get; set; } = [];

    public string Name => "recording";

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task<long> CountNodesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);

    /// <summary>Answers from <see cref="Nodes"/>, as a store answers from what it holds.</summary>
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        IdLookups.Add(ids);
        return Task.FromResult<IReadOnlyList<GraphNode>>([.. Nodes.Where(n => ids.Contains(n.Id))]);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        NodeQueries.Add(query);
        return FindFailure is { } failure ? Task.FromException<NodePage>(failure) : Task.FromResult(new NodePage(Nodes, Nodes.Count));
    }

    public Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        NeighbourQueries.Add(query);
        var outgoing = query.Direction == EdgeDirection.Outgoing;
        var rows = Edges.Where(e => e.Type == query.Type)
            .Select(e => (Parent: outgoing ? e.FromId : e.ToId, Far: outgoing ? e.ToId : e.FromId, Edge: e))
            .Where(r => query.ParentIds.Contains(r.Parent))
            .Select(r => new Neighbour(r.Parent, r.Edge, Nodes.Single(n => n.Id == r.Far)))
            .GroupBy(r => r.ParentId)
            .SelectMany(g => query.TakePerParent is { } take ? g.Take(take) : g);
        return Task.FromResult<IReadOnlyList<Neighbour>>([.. rows]);
    }

    public Task<IReadOnlyList<FoundPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FoundPath>>([]);

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Subgraph([], [], false));

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AggregateBucket>>([]);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        SearchQueries.Add(query);
        return Task.FromResult<IReadOnlyList<SearchHit>>([]);
    }

    public Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
