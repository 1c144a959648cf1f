using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// Builds the traces of a batch of fighters in a fixed number of store calls, whatever the size of the graph or the
/// batch: one <see cref="IGraphStore.GetNeighboursAsync"/> per relationship of the chain, each for every parent of the
/// batch at once, with sources (<c>WithSources</c>) and the far label given, under the same <c>AsOf</c>. The four hops
/// that hang from the fighters go first (in parallel), then the three that hang from their offers and units: at most
/// <see cref="MaxCalls"/> calls. Each parent's neighbours are cut at the branch limit plus one, which bounds what the
/// store returns for a hub and still shows the cut (the branches then exceed the limit, so the trace is truncated).
/// With the compiler on (<see cref="RunPlanAsync"/>) the fighters and all seven hops are ONE plan instead: one statement
/// on Neo4j, one read transaction on the embedded store, with the same queries per hop.
/// </summary>
internal sealed class TraceBuilder(IGraphStore store, TraceChain chain, GraphModel model, int maxBranches)
{
    /// <summary>Store calls for the hops of one batch of fighters (the fighters themselves are one call more).</summary>
    public const int MaxCalls = 7;

    private readonly string? _outcomeDate = model.GetNode(chain.Outcome.Label).KnownFrom?.Name;

    public async Task<IReadOnlyList<FighterTrace>> BuildAsync(
        IReadOnlyList<GraphNode> fighters, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var ids = fighters.Select(f => f.Id).Distinct(StringComparer.Ordinal).ToList();
        var offers = NeighboursAsync(chain.Offer, ids, asOf, cancellationToken);
        var recruiters = NeighboursAsync(chain.Recruiter, ids, asOf, cancellationToken);
        var units = NeighboursAsync(chain.Unit, ids, asOf, cancellationToken);
        var outcomes = NeighboursAsync(chain.Outcome, ids, asOf, cancellationToken);
        await Task.WhenAll(offers, recruiters, units, outcomes).ConfigureAwait(false);

        var offerIds = FarIds(await offers.ConfigureAwait(false));
        var unitIds = FarIds(await units.ConfigureAwait(false));
        var placers = NeighboursAsync(chain.Placer, offerIds, asOf, cancellationToken);
        var channels = NeighboursAsync(chain.AdChannel, offerIds, asOf, cancellationToken);
        var locations = NeighboursAsync(chain.Location, unitIds, asOf, cancellationToken);
        await Task.WhenAll(placers, channels, locations).ConfigureAwait(false);

        var found = new Found(
            await offers.ConfigureAwait(false), await recruiters.ConfigureAwait(false), await units.ConfigureAwait(false),
            await outcomes.ConfigureAwait(false), await placers.ConfigureAwait(false), await channels.ConfigureAwait(false),
            await locations.ConfigureAwait(false));
        return [.. fighters.Select(f => Compose(f, found))];
    }

    /// <summary>
    /// The fighters <paramref name="root"/> finds (a page, or a lookup when <paramref name="fighters"/> are already known, in
    /// their order) and their traces from one plan: the four hops from the fighters, and below the offers and units the
    /// three that hang from them, each hop the same query as <see cref="BuildAsync"/> asks.
    /// </summary>
    /// <param name="asked">Per label, selections to read below every node of that label the trace reaches (the
    /// relationship fields the request asks of the trace's nodes), or null.</param>
    public async Task<(IReadOnlyList<FighterTrace> Traces, PlanResult Result)> RunPlanAsync(
        Func<IReadOnlyList<PlanSelection>, PlanQuery> root, IReadOnlyList<GraphNode>? fighters, DateOnly? asOf,
        Func<string, IReadOnlyList<PlanSelection>>? asked, CancellationToken cancellationToken)
    {
        IReadOnlyList<PlanSelection> Asked(string label) => asked?.Invoke(label) ?? [];
        PlanSelection Hop(TraceLink link, params PlanSelection[] below) => new(Query(link, [], asOf), [.. below, .. Asked(link.Label)]);
        var (placers, channels, locations) = (Hop(chain.Placer), Hop(chain.AdChannel), Hop(chain.Location));
        var (offers, recruiters, units, outcomes) = (Hop(chain.Offer, placers, channels), Hop(chain.Recruiter), Hop(chain.Unit, locations),
            Hop(chain.Outcome));
        var result = await store.RunPlanAsync(root([offers, recruiters, units, outcomes, .. Asked(chain.Fighter)]), cancellationToken)
            .ConfigureAwait(false);

        ILookup<string, Neighbour> Rows(PlanSelection hop) => result.RowsOf(hop).ToLookup(r => r.ParentId, StringComparer.Ordinal);
        var found = new Found(Rows(offers), Rows(recruiters), Rows(units), Rows(outcomes), Rows(placers), Rows(channels), Rows(locations));
        return ([.. (fighters ?? result.Root.Nodes).Select(f => Compose(f, found))], result);
    }

    private async Task<ILookup<string, Neighbour>> NeighboursAsync(
        TraceLink link, IReadOnlyCollection<string> parents, DateOnly? asOf, CancellationToken cancellationToken)
    {
        if (parents.Count == 0)
        {
            return Array.Empty<Neighbour>().ToLookup(n => n.ParentId, StringComparer.Ordinal);
        }

        var rows = await store.GetNeighboursAsync(Query(link, parents, asOf), cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(r => r.ParentId, StringComparer.Ordinal);
    }

    /// <summary>One hop's query: its far label, sources, the branch limit plus one per parent, outcome events by date.</summary>
    private NeighbourQuery Query(TraceLink link, IReadOnlyCollection<string> parents, DateOnly? asOf) =>
        new(parents, link.Type, link.Direction)
        {
            FarLabels = [link.Label],
            AsOf = asOf,
            WithSources = true,
            TakePerParent = maxBranches + 1,
            // Outcome events in the order they happened (a partial date sorts before the days it covers), then by id.
            Order = link == chain.Outcome && _outcomeDate is { } date ? [new SortField(date, SortDirection.Ascending)] : [],
        };

    private static List<string> FarIds(ILookup<string, Neighbour> rows) =>
        [.. rows.SelectMany(g => g).Select(r => r.Node.Id).Distinct(StringComparer.Ordinal)];

    private FighterTrace Compose(GraphNode fighter, Found found)
    {
        var root = new TraceStep(TraceHop.Fighter, null, null, fighter, Confidence(fighter.Properties), fighter.Sources ?? []);
        var fronts = new List<(TraceStep Recruiter, TraceStep Offer, TraceStep Channel)>();
        foreach (var offer in Steps(chain.Offer, found.Offers[fighter.Id]))
        {
            var byPlacer = offer.Node is { } placed ? Steps(chain.Placer, found.Placers[placed.Id]) : [];
            var recruiters = byPlacer.Any(s => !s.Missing) ? byPlacer : Steps(chain.Recruiter, found.Recruiters[fighter.Id]);
            if (recruiters.All(s => s.Missing) && offer.Node is not null)
            {
                recruiters = [TraceStep.Absent(TraceHop.Recruiter, chain.Placer)];
            }

            var channels = Steps(chain.AdChannel, offer.Node is { } advertised ? found.Channels[advertised.Id] : []);
            fronts.AddRange(from recruiter in recruiters from channel in channels select (recruiter, offer, channel));
        }

        var backs = Steps(chain.Unit, found.Units[fighter.Id])
            .SelectMany(unit => Steps(chain.Location, unit.Node is { } deployed ? found.Locations[deployed.Id] : [])
                .Select(location => (Unit: unit, Location: location)))
            .ToList();
        var outcomes = Steps(chain.Outcome, found.Outcomes[fighter.Id]);
        var status = fighter.Properties.GetValueOrDefault(chain.Status) as string;

        var branches = (from front in fronts
                        from back in backs
                        from outcome in outcomes
                        select new TraceBranch(
                            [front.Recruiter, front.Offer, front.Channel, root, back.Unit, back.Location, outcome], status))
            .Take(maxBranches + 1)
            .ToList();
        var truncated = branches.Count > maxBranches;
        return new FighterTrace(fighter, truncated ? branches[..maxBranches] : branches, truncated);
    }

    /// <summary>A step per neighbour, in the store's order; one missing step when there is none.</summary>
    private static IReadOnlyList<TraceStep> Steps(TraceLink link, IEnumerable<Neighbour> neighbours)
    {
        var steps = neighbours
            .Select(n => new TraceStep(link.Hop, link.Type, link.From, n.Node,
                ConfidenceOrder.Weakest([Confidence(n.Edge.Properties), Confidence(n.Node.Properties)]), n.Edge.Sources ?? [])
            {
                Edge = n.Edge,
            })
            .ToList();
        return steps.Count > 0 ? steps : [TraceStep.Absent(link.Hop, link)];
    }

    private static string? Confidence(IReadOnlyDictionary<string, object?> properties) =>
        properties.GetValueOrDefault(CommonProperties.Confidence) as string;

    private sealed record Found(
        ILookup<string, Neighbour> Offers,
        ILookup<string, Neighbour> Recruiters,
        ILookup<string, Neighbour> Units,
        ILookup<string, Neighbour> Outcomes,
        ILookup<string, Neighbour> Placers,
        ILookup<string, Neighbour> Channels,
        ILookup<string, Neighbour> Locations);
}
