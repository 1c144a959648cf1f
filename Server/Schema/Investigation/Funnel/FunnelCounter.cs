using GraphQL;
using GraphServer.Schema.Investigation.Claims;
using GraphServer.Schema.Planning;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Investigation.Funnel;

/// <summary>
/// Counts a country's funnel from individual records (<see cref="FunnelStages"/> says what each stage counts), all under
/// the same asOf, in a fixed number of store calls however many fighters there are: the country, its offers' count, its
/// citizens, their units, those units' deployments, their events, and the claims about the country with their speakers.
/// A fighter's status is its last known one (the record keeps no history of it); asOf hides fighters, links and events
/// not yet known or valid on the day. With the compiler on, all of it is ONE plan (<see cref="PlannedAsync"/>): one statement
/// on Neo4j, one read transaction on the embedded store, each hop the same query as the calls ask.
/// </summary>
internal sealed class FunnelCounter(IGraphStore store, ClaimReader claims, bool compile)
{
    private const string Country = "Country";
    private static readonly HashSet<string> DeploymentEvents = ["deployment", "capture", "surrender", "death", "exchange"];

    /// <summary>The funnel, or null when the id is not a Country; with the compiler on, the fields <paramref name="context"/>
    /// asks of its country and claims are in the same plan.</summary>
    public Task<CountryFunnel?> CountAsync(string countryId, DateOnly? asOf, IResolveFieldContext context) =>
        compile
            ? AskedFields.RunAsync(context, asked => PlannedAsync(countryId, asOf, asked, context.CancellationToken))
            : LoadedAsync(countryId, asOf, context.CancellationToken);

    private async Task<CountryFunnel?> LoadedAsync(string countryId, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var country = (await store.GetNodesAsync([countryId], cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(n => n.Label == Country);
        if (country is null)
        {
            return null;
        }

        var offers = await store.CountNeighboursAsync(Hop(countryId, "TARGETS", EdgeDirection.Incoming, asOf), cancellationToken)
            .ConfigureAwait(false);
        var citizens = await NeighboursAsync([countryId], "CITIZEN_OF", EdgeDirection.Incoming, asOf, cancellationToken)
            .ConfigureAwait(false);
        var ids = citizens.Select(r => r.Node.Id).Distinct(StringComparer.Ordinal).ToList();
        var servedIn = await NeighboursAsync(ids, "SERVED_IN", EdgeDirection.Outgoing, asOf, cancellationToken).ConfigureAwait(false);
        var deployedTo = await NeighboursAsync([.. servedIn.Select(r => r.Node.Id).Distinct()], "DEPLOYED_TO", EdgeDirection.Outgoing,
            asOf, cancellationToken).ConfigureAwait(false);
        var events = await NeighboursAsync(ids, "SUBJECT_OF", EdgeDirection.Outgoing, asOf, cancellationToken).ConfigureAwait(false);
        var reported = await claims.AboutAsync(countryId, FunnelStages.Metrics(), asOf, cancellationToken).ConfigureAwait(false);
        return Funnel(country, offers.GetValueOrDefault(countryId), citizens, servedIn, deployedTo, events, reported);
    }

    /// <summary>The same hops as <see cref="LoadedAsync"/>, below the country in one plan.</summary>
    private async Task<(CountryFunnel? Funnel, PlanResult Result)> PlannedAsync(
        string countryId, DateOnly? asOf, AskedFields? asked, CancellationToken cancellationToken)
    {
        var offers = new PlanSelection(Hop(countryId, "TARGETS", EdgeDirection.Incoming, asOf), []) { Count = true, ReadsRows = false };
        var deployedTo = new PlanSelection(Hop(null, "DEPLOYED_TO", EdgeDirection.Outgoing, asOf), []);
        var servedIn = new PlanSelection(Hop(null, "SERVED_IN", EdgeDirection.Outgoing, asOf), [deployedTo]);
        var events = new PlanSelection(Hop(null, "SUBJECT_OF", EdgeDirection.Outgoing, asOf), []);
        var citizens = new PlanSelection(Hop(null, "CITIZEN_OF", EdgeDirection.Incoming, asOf), [servedIn, events]);
        var speakers = new PlanSelection(ClaimReader.SpeakersQuery([], asOf), asked?.AtAny(["stages", "reported", "statedBy"]) ?? []);
        var about = new PlanSelection(ClaimReader.AboutQuery([], FunnelStages.Metrics(), asOf),
            [speakers, .. asked?.At("Claim", ["stages", "reported", "claim"]) ?? []]);
        var plan = PlanQuery.ForLookup(
            new PlanLookup([countryId], Country), [offers, citizens, about, .. asked?.At(Country, ["country"]) ?? []]);
        var result = await store.RunPlanAsync(plan, cancellationToken).ConfigureAwait(false);
        if (result.Root.Nodes.FirstOrDefault() is not { } country)
        {
            return (null, result);
        }

        var reported = claims.AboutFromRows(countryId, result.RowsOf(about), result.RowsOf(speakers));
        var offered = result.CountsOf(offers)?.GetValueOrDefault(countryId) ?? 0;
        return (Funnel(country, offered, result.RowsOf(citizens), result.RowsOf(servedIn), result.RowsOf(deployedTo), result.RowsOf(events),
            reported), result);
    }

    private static CountryFunnel Funnel(
        GraphNode country, long offers, IReadOnlyList<Neighbour> citizens, IReadOnlyList<Neighbour> servedIn,
        IReadOnlyList<Neighbour> deployedTo, IReadOnlyList<Neighbour> subjectOf, IReadOnlyList<ComparedClaim> claimed)
    {
        var fighters = citizens.Select(r => r.Node).DistinctBy(n => n.Id).ToList();
        var deployedUnits = deployedTo.Select(r => r.ParentId).ToHashSet(StringComparer.Ordinal);
        var events = subjectOf.ToLookup(r => r.ParentId, r => r.Node["kind"] as string, StringComparer.Ordinal);

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

        var reported = claimed.ToLookup(c => (string)c.Claim["metric"]!, StringComparer.Ordinal);
        var stages = FunnelStages.All.Select(stage => new FunnelStage(stage.Name, stage.Name switch
        {
            "OFFERED" => offers,
            "RECRUITED" => fighters.Count,
            "DEPLOYED" => deployed.Count,
            _ => deployed.Count(outcomes[stage.Name]),
        }, ClaimComparisons.InOrder(stage.Metrics.SelectMany(m => reported[m])))).ToList();
        return new CountryFunnel(country, stages);
    }

    private static NeighbourQuery Hop(string? parentId, string type, EdgeDirection direction, DateOnly? asOf) =>
        new(parentId is null ? [] : [parentId], type, direction) { AsOf = asOf };

    private async Task<IReadOnlyList<Neighbour>> NeighboursAsync(
        IReadOnlyList<string> ids, string type, EdgeDirection direction, DateOnly? asOf, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await store.GetNeighboursAsync(new NeighbourQuery(ids, type, direction) { AsOf = asOf }, cancellationToken)
                .ConfigureAwait(false);
}
