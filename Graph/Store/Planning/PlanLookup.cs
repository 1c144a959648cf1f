namespace GraphServer.Store.Planning;

/// <summary>
/// A plan's root as nodes looked up by id (as <see cref="IGraphStore.GetNodesAsync(IReadOnlyCollection{string}, bool, CancellationToken)"/>:
/// time is ignored), keeping only those of <see cref="Label"/> when it is set.
/// </summary>
public sealed record PlanLookup(IReadOnlyList<string> Ids, string? Label)
{
    public bool WithSources { get; init; }
}
