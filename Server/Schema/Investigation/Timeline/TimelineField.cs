using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Time;

namespace GraphServer.Schema.Investigation.Timeline;

/// <summary>
/// Root <c>timeline(of, hops, from, to, first, asOf)</c>: the dated events touching a node directly or within a few hops, in
/// time order, each with its sources, date precision and distance; <c>asOf</c> as everywhere (only nodes, links and sources
/// known by that day). One plan (<see cref="TimelineBuilder"/>): one statement on Neo4j with the fields asked of the events.
/// </summary>
internal static class TimelineField
{
    public const int MaxHops = 3;

    /// <summary>
    /// Nodes the walk may keep; beyond it the farthest are left out and an error says so beside the answer. Two hops from a
    /// fighter reach its country's and its unit's every member, so on a 100,000-node graph a limit of 5,000 took the
    /// embedded store past the 30 s request timeout; 1,000 keeps a timeline a short read.
    /// </summary>
    public const int NodeLimit = 1_000;

    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string Truncated = "TIMELINE_TRUNCATED";

    public static void AddTo(ObjectGraphType query, InvestigationContext context)
    {
        var builder = new TimelineBuilder(context.Store, context.Model, NodeLimit, context.CompileSelections);
        var shared = context.Shared;
        query.AddField(new FieldType
        {
            Name = "timeline",
            Description = "The dated events touching a node, directly (distance 1, or 0 for an event itself) or within hops hops over "
                + "any relationship but the citation, ordered by date: a partial date by its first day, then the coarser first, then "
                + "the nearer, then by id. Undated events are not on a timeline. Empty for an unknown id (or one not yet known on asOf).",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(EntryType(context)))),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(shared.Id)) { Name = "of", Description = "The node whose timeline this is." },
                new QueryArgument(shared.Int) { Name = "hops", Description = $"How far to look, 1 to {MaxHops}.", DefaultValue = 1 },
                new QueryArgument(shared.Date) { Name = "from", Description = "Only events that may have happened on or after this date." },
                new QueryArgument(shared.Date) { Name = "to", Description = "Only events that may have happened on or before this date." },
                new QueryArgument(shared.Int)
                {
                    Name = "first",
                    Description = $"At most this many events, earliest first (default {context.Paging.DefaultPageSize}, "
                        + $"at most {context.Paging.MaxPageSize}).",
                },
                AsOfArgument.Create(context.Model, shared)),
            Resolver = new FuncFieldResolver<object?>(async resolve =>
            {
                var hops = resolve.GetArgument("hops", 1);
                if (hops is < 1 or > MaxHops)
                {
                    throw new ExecutionError($"hops must be between 1 and {MaxHops}; got {hops}.") { Code = InvalidArgument };
                }

                var first = resolve.GetArgument<int?>("first") ?? context.Paging.DefaultPageSize;
                if (first < 0 || first > context.Paging.MaxPageSize)
                {
                    throw new ExecutionError($"first must be between 0 and {context.Paging.MaxPageSize}; got {first}.")
                    {
                        Code = first < 0 ? "INVALID_PAGING" : "PAGE_TOO_LARGE",
                    };
                }

                var (entries, truncated) = await builder.BuildAsync(resolve, resolve.GetArgument<string>("of"), hops,
                        resolve.GetArgument<string?>("from"), resolve.GetArgument<string?>("to"), first, AsOfArgument.Inherited(resolve))
                    .ConfigureAwait(false);
                if (truncated)
                {
                    resolve.Errors.Add(new ExecutionError(
                        $"More than {NodeLimit} nodes lie within {hops} hops: the farthest were left out, and their events with them. "
                        + "Ask for fewer hops.") { Code = Truncated, Path = resolve.Path });
                }

                return entries;
            }),
        }.WithComplexityImpact(c => PageCost.OfList(c, context.Paging)));
    }

    private static ObjectGraphType EntryType(InvestigationContext context)
    {
        var shared = context.Shared;
        var entry = new ObjectGraphType { Name = "TimelineEntry", Description = "A dated event on a node's timeline." };
        entry.AddField(Field("event", new NonNullGraphType(context.ObjectTypes["Event"]), "The event.", e => e.Event));
        entry.AddField(Field("date", shared.Date, "When it happened, as precisely as its source says.", e => e.Date));
        entry.AddField(Field("datePrecision", shared.DatePrecision, "How much of date is known: YEAR, MONTH or DAY.", e => e.Precision));
        entry.AddField(Field("distance", new NonNullGraphType(shared.Int),
            "Hops from the timeline's node to the event (0 when the node is the event).", e => e.Distance));
        entry.AddField(Field("sources", new NonNullGraphType(new ListGraphType(new NonNullGraphType(context.Citation))),
            "The sources that report the event, each with its passage.", e => e.Sources));
        return entry;
    }

    private static FieldType Field(string name, IGraphType type, string description, Func<TimelineEntry, object?> resolve) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object?>(context => resolve((TimelineEntry)context.Source!)),
    };
}
