using GraphQL;
using GraphServer.Model;
using GraphServer.Schema.Planning;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Investigation.Timeline;

/// <summary>
/// The dated events within some hops of a node as a plan whose root is the timeline (<see cref="PlanTimeline"/>): the walk
/// over every relationship but the citation (a walk through a Source would reach everything that cites it), the cut by
/// date and distance, the kept events' sources and, with the compiler on, the relationship fields asked of the events
/// (<c>event { location { id } }</c>). Neo4j answers it with one statement, the embedded store in one read transaction.
/// Without the compiler it is read with the contract's calls (<see cref="LevelByLevelPlan"/>: the neighbourhood, the cut
/// here, the events' sources), and fields below the events load through their DataLoaders: the answer the compiled one
/// must equal. Under asOf every part sees the graph as known on that day.
/// </summary>
internal sealed class TimelineBuilder(IGraphStore store, GraphModel model, int nodeLimit, bool compile)
{
    private readonly NodeType _event = model.GetNode("Event");
    private readonly string _date = model.GetNode("Event").KnownFrom?.Name
        ?? throw new InvalidOperationException("Event declares no known-from date.");
    private readonly IReadOnlyList<string> _types = [.. model.RelationshipTypes.Where(r => !r.IsCitation).Select(r => r.Type)];

    /// <returns>The entries, and whether the node limit cut the neighbourhood (events further out may be missing).</returns>
    public async Task<(IReadOnlyList<TimelineEntry> Entries, bool Truncated)> BuildAsync(
        IResolveFieldContext context, string of, int hops, string? from, string? to, int first, DateOnly? asOf)
    {
        var timeline = new PlanTimeline(of, hops, _types, _event.Label, _date, first, nodeLimit)
        {
            From = from is null ? null : PartialDates.FirstDay(from),
            To = to is null ? null : PartialDates.LastDay(to),
            AsOf = asOf,
        };
        if (!compile)
        {
            return Entries(await LevelByLevelPlan.Over(store).RunAsync(PlanQuery.ForTimeline(timeline, []), context.CancellationToken)
                .ConfigureAwait(false));
        }

        return await AskedFields.RunAsync(context, async asked =>
        {
            var plan = PlanQuery.ForTimeline(timeline, asked?.At(_event.Label, ["event"]) ?? []);
            var result = await store.RunPlanAsync(plan, context.CancellationToken).ConfigureAwait(false);
            return (Entries(result), result);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// The entries of a timeline plan's answer. The event itself travels without its sources (the entry carries them), so its
    /// own <c>sources</c> field reads them as it does anywhere else.
    /// </summary>
    private (IReadOnlyList<TimelineEntry> Entries, bool Truncated) Entries(PlanResult result) =>
        ([.. result.Root.Nodes.Select((node, i) =>
            new TimelineEntry(node with { Sources = null }, (string)node[_date]!, result.Distances[i], node.Sources ?? []))],
         result.Truncated);
}
