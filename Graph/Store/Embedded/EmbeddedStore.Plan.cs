using GraphServer.Store.Planning;

namespace GraphServer.Store.Embedded;

/// <summary>
/// A whole plan in ONE read transaction: the root page, then per relationship selection one statement for the
/// neighbours of all its parents (ROW_NUMBER cuts each parent's page) and one for their counts, sources read in the
/// same transaction. Every level sees the same WAL snapshot, so the answer never mixes two moments.
/// </summary>
public sealed partial class EmbeddedStore
{
    public async Task<PlanResult> RunPlanAsync(PlanQuery plan, CancellationToken cancellationToken = default)
    {
        await using var session = await ReadAsync(cancellationToken);
        var inSession = new LevelByLevelPlan(
            (query, token) => FindNodesAsync(session, query, token),
            async (ids, withSources, token) =>
            {
                var nodes = await GetNodesAsync(session, ids, token);
                return withSources ? await WithSourcesAsync(session, nodes, null, token) : nodes;
            },
            (query, token) => GetNeighboursAsync(session, query, token),
            (query, token) => CountNeighboursAsync(session, query, token))
        {
            Search = (query, token) => SearchAsync(session, query, token),
        };
        return await inSession.RunAsync(plan, cancellationToken);
    }
}
