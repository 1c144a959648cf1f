using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Time;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// Root <c>trace(fighter, asOf)</c> and <c>traces(where, first, after, order, asOf)</c>. A trace or a page of traces costs a
/// fixed number of store calls: one <see cref="IGraphStore.FindNodesAsync"/> for the fighters (with their sources and
/// the filter, paged and counted by the store), then <see cref="TraceBuilder.MaxCalls"/> batched neighbour calls; ordered by
/// outcome date, one aggregate call more (<see cref="TraceOrder"/>). With the compiler on, the fighters and the hops are one
/// plan (<see cref="TraceBuilder.RunPlanAsync"/>): one statement on Neo4j (two ordered by outcome date).
/// </summary>
internal static class TraceFields
{
    /// <summary>Traces per page without first: a trace is some dozens of records, so fewer than a page of nodes.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>Branches per trace: more than any fighter of the seed or the generator has (at most 18 there).</summary>
    public const int MaxBranches = 20;

    private const string Fighter = "fighter";

    /// <summary>Where a page of traces holds them: <c>nodes</c> and <c>edges.node</c>.</summary>
    private static readonly string[][] Listed = [["nodes"], ["edges", "node"]];
    private const string Where = "where";

    public static void AddTo(ObjectGraphType query, InvestigationContext context)
    {
        var chain = new TraceChain(context.Model);
        var types = new TraceTypes(context, chain, MaxBranches);
        var builder = new TraceBuilder(context.Store, chain, context.Model, MaxBranches);
        var filters = new TraceFilterTranslator(chain);
        var order = new TraceOrder(context.Store, chain, context.Model);
        query.AddField(TraceField(context, chain, types, builder));
        query.AddField(TracesField(context, chain, types, builder, filters, order));
    }

    private static FieldType TraceField(InvestigationContext context, TraceChain chain, TraceTypes types, TraceBuilder builder) => new()
    {
        Name = "trace",
        Description = "A fighter's chain from promise to outcome: recruiter → offer → ad channel → fighter → unit → deployment "
            + "location → outcome event, a step per hop with its sources and confidence, one branch per offer, unit, place and "
            + "event. Null for an id that is not a fighter (or not yet known on asOf).",
        ResolvedType = types.Trace,
        Arguments = new QueryArguments(
            new QueryArgument(new NonNullGraphType(context.Shared.Id)) { Name = Fighter, Description = "The fighter's id." },
            AsOfArgument.Create(context.Model, context.Shared)),
        Resolver = new FuncFieldResolver<object?>(async resolve =>
        {
            var asOf = AsOfArgument.Inherited(resolve);
            var query = new NodeQuery(chain.Fighter)
            {
                Where = Filter.Eq(CommonProperties.Id, resolve.GetArgument<string>(Fighter)),
                Take = 1,
                AsOf = asOf,
                WithSources = true,
            };
            if (context.CompileSelections)
            {
                var (traces, _) = await TraceAsked.RunAsync(
                    builder, chain, resolve, [[]], hops => PlanQuery.ForPage(query, hops), null, asOf).ConfigureAwait(false);
                return traces.Count == 0 ? null : traces[0];
            }

            var page = await context.Store.FindNodesAsync(query, resolve.CancellationToken).ConfigureAwait(false);
            return page.Nodes.Count == 0
                ? null
                : (await builder.BuildAsync(page.Nodes, asOf, resolve.CancellationToken).ConfigureAwait(false))[0];
        }),
    };

    private static FieldType TracesField(
        InvestigationContext context, TraceChain chain, TraceTypes types, TraceBuilder builder, TraceFilterTranslator filters,
        TraceOrder order) => new FieldType
    {
        Name = "traces",
        Description = "The traces of every fighter that matches where (by any step of the chain), a page at a time in order "
            + "(by fighter id unless order says otherwise).",
        ResolvedType = new NonNullGraphType(types.Connection),
        Arguments = new QueryArguments(
            new QueryArgument(types.Filter) { Name = Where, Description = "Only fighters whose chain matches." },
            new QueryArgument(context.Shared.Int)
            {
                Name = "first",
                Description = $"Return the first n traces (default {DefaultPageSize}, at most {context.Paging.MaxPageSize}).",
            },
            new QueryArgument(context.Shared.String) { Name = "after", Description = "Start after this cursor." },
            new QueryArgument(TraceOrder.InputType(context.Shared)) { Name = TraceOrder.Argument, Description = "The order of the traces." },
            AsOfArgument.Create(context.Model, context.Shared)),
        Resolver = new FuncFieldResolver<object?>(async resolve =>
        {
            var window = PageWindow.From(
                resolve.GetArgument<int?>("first"), resolve.GetArgument<string?>("after"), null, null, context.Paging, DefaultPageSize);
            if (window.Skip > int.MaxValue)
            {
                throw new ExecutionError("The after cursor is not one this server issued.") { Code = "INVALID_CURSOR" };
            }

            var asOf = AsOfArgument.Inherited(resolve);
            var where = filters.Translate(resolve.GetArgument<Dictionary<string, object?>?>(Where));
            if (order.StoreOrder(resolve) is not { } storeOrder)
            {
                var (fighters, total) = await StoreCall.RunAsync(() => order.PageByOutcomeAsync(
                    resolve, where, asOf, (int)window.Skip, window.Take, resolve.CancellationToken), "INVALID_FILTER").ConfigureAwait(false);
                var ordered = context.CompileSelections
                    ? (await TraceAsked.RunAsync(builder, chain, resolve, Listed,
                        hops => PlanQuery.ForLookup(new PlanLookup([.. fighters.Select(f => f.Id)], chain.Fighter), hops), fighters, asOf)
                        .ConfigureAwait(false)).Traces
                    : await builder.BuildAsync(fighters, asOf, resolve.CancellationToken).ConfigureAwait(false);
                return new TracePage(ordered, window.Skip, total);
            }

            var query = new NodeQuery(chain.Fighter)
            {
                Where = where,
                Order = storeOrder,
                Skip = (int)window.Skip,
                Take = window.Take,
                AsOf = asOf,
                WithSources = true,
            };
            if (context.CompileSelections)
            {
                var (planned, result) = await StoreCall.RunAsync(
                    () => TraceAsked.RunAsync(builder, chain, resolve, Listed, hops => PlanQuery.ForPage(query, hops), null, asOf),
                    "INVALID_FILTER")
                    .ConfigureAwait(false);
                return new TracePage(planned, window.Skip, result.Root.TotalCount);
            }

            var page = await StoreCall.RunAsync(() => context.Store.FindNodesAsync(query, resolve.CancellationToken), "INVALID_FILTER")
                .ConfigureAwait(false);
            var traces = await builder.BuildAsync(page.Nodes, asOf, resolve.CancellationToken).ConfigureAwait(false);
            return new TracePage(traces, window.Skip, page.TotalCount);
        }),
    }.WithComplexityImpact(c => new GraphQL.Validation.Complexity.FieldComplexityResult(
        TraceOrder.IsByOutcome(c.Arguments) ? TraceOrder.OutcomeOrderCost : 1, 1));
}
