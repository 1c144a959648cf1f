using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Planning;

/// <summary>
/// Runs a root field as one compiled read: plans the relationship fields below it, asks the store for the whole plan
/// at once (<see cref="IGraphStore.RunPlanAsync"/>), and pre-fills the answers of the planned fields for their
/// resolvers (<see cref="PlanPrefill"/>). The root's and every level's nodes carry only the properties the request reads
/// (<see cref="SelectedProperties"/>); a root page whose total nobody reads is not counted; a root connection's
/// <c>aggregate</c> and those of relationship connections below are in the plan too (<see cref="PlannableAggregate"/>). With nothing to plan below the root, or when the store refuses the plan (a
/// bad filter below the root), it answers null and the root resolves as it always did, so errors keep their place.
/// </summary>
internal static class CompiledRead
{
    /// <summary>The root's nodes (and total) from one plan, or null when the root should load on its own.</summary>
    public static async Task<NodePage?> TryRunAsync(
        IGraphStore store, IResolveFieldContext context, Func<SelectionPlanner, IReadOnlyList<PlanSelection>> plan,
        Func<IReadOnlyList<PlanSelection>, PlanQuery> query) =>
        (await TryRunPlanAsync(store, context, plan, query).ConfigureAwait(false))?.Root;

    /// <summary>The whole plan's answer (a search root's scores too), or null when the root should load on its own.</summary>
    public static async Task<PlanResult?> TryRunPlanAsync(
        IGraphStore store, IResolveFieldContext context, Func<SelectionPlanner, IReadOnlyList<PlanSelection>> plan,
        Func<IReadOnlyList<PlanSelection>, PlanQuery> query)
    {
        var planner = new SelectionPlanner(context);
        var selections = plan(planner);
        // Only a root page or lookup is projected: its field returns the nodes (or their connection) itself.
        var planned = query(selections);
        var connection = planned.Page is not null ? ConnectionOf(context) : null;
        IReadOnlyList<AggregateQuery> aggregates = connection is { } asked ? planner.RootAggregates(asked.Connection, planned.Page!) : [];
        Activity.Current?.SetTag("graphserver.plan.fallback_fields", planner.LeftOut);
        if (selections.Count == 0 && aggregates.Count == 0)
        {
            return null;
        }

        if (connection is { } paged)
        {
            planned = planned with
            {
                RootProperties = planner.RootProperties(isConnection: true),
                CountsTotal = planner.RootNeedsTotal(paged.Connection),
                Aggregates = aggregates,
            };
        }
        else if (planned.Lookup is not null)
        {
            planned = planned with { RootProperties = planner.RootProperties(isConnection: false) };
        }

        PlanResult result;
        try
        {
            result = await store.RunPlanAsync(planned, context.CancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            Activity.Current?.SetTag("graphserver.plan.refused", true);
            return null;
        }

        Activity.Current?.SetTag("graphserver.plan.selections", selections.Count);
        var prefill = PlanPrefill.For(context);
        Prefill(prefill, result, selections, planner);
        foreach (var aggregate in aggregates)
        {
            prefill.AddBuckets(planner.KeyOf(aggregate), string.Empty, result.BucketsOf(aggregate).GetValueOrDefault(string.Empty) ?? []);
        }

        return result;
    }

    /// <summary>
    /// For a hand-written root that ran its own plan with <paramref name="planned"/> (from <paramref name="planner"/>'s
    /// <see cref="SelectionPlanner.ForPath"/>) attached below its selections: pre-fills their answers for their resolvers.
    /// </summary>
    public static void Prefill(
        IResolveFieldContext context, PlanResult result, SelectionPlanner planner, IReadOnlyList<PlanSelection> planned)
    {
        ArgumentNullException.ThrowIfNull(planner);
        Activity.Current?.SetTag("graphserver.plan.fallback_fields", planner.LeftOut);
        Activity.Current?.SetTag("graphserver.plan.selections", planned.Count);
        Prefill(PlanPrefill.For(context), result, planned, planner);
    }

    /// <summary>The object type a root connection pages over (its <c>nodes</c> items).</summary>
    public static (IObjectGraphType Connection, IGraphType Node)? ConnectionOf(IResolveFieldContext context)
    {
        var type = context.FieldDefinition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : context.FieldDefinition.ResolvedType;
        if (type is not IObjectGraphType connection || connection.GetField("nodes")?.ResolvedType is not { } nodes)
        {
            return null;
        }

        while (nodes is NonNullGraphType or ListGraphType)
        {
            nodes = nodes is NonNullGraphType n ? n.ResolvedType! : ((ListGraphType)nodes).ResolvedType!;
        }

        return (connection, nodes);
    }

    private static void Prefill(PlanPrefill prefill, PlanResult result, IEnumerable<PlanSelection> selections, SelectionPlanner planner)
    {
        foreach (var selection in selections)
        {
            var keys = planner.KeysOf(selection);
            var rows = result.RowsOf(selection).ToLookup(r => r.ParentId, StringComparer.Ordinal);
            var counts = selection.Count ? result.CountsOf(selection) : null;
            foreach (var parent in result.ParentsOf(selection))
            {
                if (selection.ReadsRows)
                {
                    prefill.AddRows(keys.RowsKey, parent, [.. rows[parent]], new SelectedProperties(selection.NodeProperties, selection.EdgeProperties));
                }

                if (counts is not null)
                {
                    prefill.AddCount(keys.CountKey, parent, counts.GetValueOrDefault(parent));
                }
            }

            foreach (var aggregate in selection.Aggregates)
            {
                var key = planner.KeyOf(aggregate);
                foreach (var (parent, buckets) in result.BucketsOf(aggregate))
                {
                    prefill.AddBuckets(key, parent, buckets);
                }
            }

            Prefill(prefill, result, selection.Children, planner);
        }
    }
}
