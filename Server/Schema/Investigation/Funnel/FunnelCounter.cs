using GraphServer.Schema.Investigation.Claims;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Funnel;

/// <summary>
/// Counts a country's funnel from individual records (<see cref="FunnelStages"/> says what each stage counts), all under
/// the same asOf, in a fixed number of store calls however many fighters there are: the country, its offers' count, its
/// citizens, their units, those units' deployments, their events, and the claims about the country with their speakers.
/// A fighter's status is its last known one (the record keeps no history of it); asOf hides fighters, links and events
/// not yet known or valid on the day.
/// </summary>
internal sealed class FunnelCounter(IGraphStore store, ClaimReader claims)
{
    private static readonly HashSet<string> DeploymentEvents = ["deployment", "capture", "surrender", "death", "exchange"];

    /// <summary>The funnel, or null when the id is not a Country.</summary>
    public async Task<CountryFunnel?> CountAsync(string countryId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var country = (await store.GetNodesAsync([countryId], cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(n => n.Label == "Country");
        if (country is null)
        {
            return null;
        }

        var offers = await store.CountNeighboursAsync(new NeighbourQuery([countryId], "TARGETS", EdgeDirection.Incoming) { AsOf = asOf },
            cancellationToken).ConfigureAwait(false);
        var fighters = (await NeighboursAsync([countryId], "CITIZEN_OF", EdgeDirection.Incoming, asOf, cancellationToken)
                .ConfigureAwait(false))
            .Select(r => r.Node).DistinctBy(n => n.Id).ToList();
        var ids = fighters.Select(f => f.Id).ToList();
        var servedIn = await NeighboursAsync(ids, "SERVED_IN", EdgeDirection.Outgoing, asOf, cancellationToken).ConfigureAwait(false);
        var deployedUnits = (await NeighboursAsync([.. servedIn.Select(r => r.Node.Id).Distinct()], "DEPLOYED_TO", EdgeDirection.Outgoing,
            asOf, cancellationToken).ConfigureAwait(false)).Select(r => r.ParentId).ToHashSet(StringComparer.Ordinal);
        var events = (await NeighboursAsync(ids, "SUBJECT_OF", EdgeDirection.Outgoing, asOf, cancellationToken).ConfigureAwait(false))
            .ToLookup(r => r.ParentId, r => r.Node["kind"] as string, StringComparer.Ordinal);

        bool Status(GraphNode fighter, string status) => fighter["status"] as string == status;
        bool Event(GraphNode fighter, params string[] kinds) => events[fighter.Id].Any(k => k is not null && kinds.Contains(k));
        var outcomes = new Dictionary<string, Func<GraphNode, bool>>(StringComparer.Ordinal)
        {
            ["CAPTURED"] = f => Status(f, "captured") || Event(f, "capture", "surrender"),
            ["KILLED"] = f => Status(f, "killed") || Event(f, "death"),
            ["MISSING"] = f => Status(f, "missing"),
            ["REPATRIATED"] = f => Status(f, "repatriated") || Event(f, "exchange"),
            ["DESERTED"] = f => Status(f, "deserted"),
        };
        var unitsOf = servedIn.ToLookup(r => r.ParentId, r => r.Node.Id, StringComparer.Ordinal);
        var deployed = fighters.Where(f => !Status(f, "recruited")
            || unitsOf[f.Id].Any(deployedUnits.Contains)
            || events[f.Id].Any(k => k is not null && DeploymentEvents.Contains(k))).ToList();

        var reported = (await claims.AboutAsync(countryId, FunnelStages.Metrics(), asOf, cancellationToken).ConfigureAwait(false))
            .ToLookup(c => (string)c.Claim["metric"]!, StringComparer.Ordinal);
        var stages = FunnelStages.All.Select(stage => new FunnelStage(stage.Name, stage.Name switch
        {
            "OFFERED" => offers.GetValueOrDefault(countryId),
            "RECRUITED" => fighters.Count,
            "DEPLOYED" => deployed.Count,
            _ => deployed.Count(outcomes[stage.Name]),
        }, ClaimComparisons.InOrder(stage.Metrics.SelectMany(m => reported[m])))).ToList();
        return new CountryFunnel(country, stages);
    }

    private async Task<IReadOnlyList<Neighbour>> NeighboursAsync(
        IReadOnlyList<string> ids, string type, EdgeDirection direction, DateOnly? asOf, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await store.GetNeighboursAsync(new NeighbourQuery(ids, type, direction) { AsOf = asOf }, cancellationToken)
                .ConfigureAwait(false);
}
