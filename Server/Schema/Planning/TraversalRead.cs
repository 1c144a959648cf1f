using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Planning;

/// <summary>
/// Runs a traversal root (<c>neighborhood</c>, <c>paths</c>) as one plan: the nodes' properties the request reads
/// (<see cref="SelectedProperties"/> of every <c>nodes</c> occurrence), the relationships only when <c>relationships</c> is
/// asked and then only the properties it reads, and the relationship fields asked of the nodes planned below the traversal
/// by label (<see cref="SelectionPlanner.ForPathNodes"/>); their answers are pre-filled for their resolvers. When the store
/// refuses a field planned below (a filter it rejects), the traversal runs alone and that field reports in its own place.
/// </summary>
internal static class TraversalRead
{
    /// <summary>What a <c>Relationship</c> reads besides its own properties: nothing stored beyond its type and ends.</summary>
    private static readonly string[] FieldsWithoutProperties = ["type", "from", "to", "__typename"];

    public static async Task<PlanResult> RunAsync(IGraphStore store, IResolveFieldContext context, PlanTraversal traversal)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(context);
        var holder = (IObjectGraphType)Unwrap(context.FieldDefinition.ResolvedType!);
        var (schema, document) = (context.Schema, context.Document);
        var nodeSets = SelectionFields.Named("nodes", context.FieldAst.SelectionSet, holder, schema, document, withDirectives: true)
            .Select(f => f.SelectionSet).ToList();
        var relationshipFields = SelectionFields.Named("relationships", context.FieldAst.SelectionSet, holder, schema, document, withDirectives: true)
            .ToList();
        var nodeType = Unwrap(holder.GetField("nodes")!.ResolvedType!);
        var relationshipType = (IObjectGraphType)Unwrap(holder.GetField("relationships")!.ResolvedType!);
        var projected = traversal with
        {
            ReadsEdges = relationshipFields.Count > 0,
            EdgeProperties = EdgeProperties(relationshipFields.Select(f => f.SelectionSet), relationshipType, context),
        };
        var rootProperties = SelectedProperties.OfNodes(nodeSets, nodeType, schema, document);

        var planner = new SelectionPlanner(context);
        var selections = planner.ForPathNodes(["nodes"]);
        PlanResult result;
        try
        {
            result = await store.RunPlanAsync(PlanQuery.ForTraversal(projected, selections) with { RootProperties = rootProperties },
                context.CancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException) when (selections.Count > 0)
        {
            Activity.Current?.SetTag("graphserver.plan.refused", true);
            return await store.RunPlanAsync(PlanQuery.ForTraversal(projected, []) with { RootProperties = rootProperties },
                context.CancellationToken).ConfigureAwait(false);
        }

        CompiledRead.Prefill(context, result, planner, selections);
        return result;
    }

    /// <summary>The relationship properties the <c>relationships</c> selections read; null when one asks a field this does not know.</summary>
    private static List<string>? EdgeProperties(
        IEnumerable<GraphQLSelectionSet?> sets, IObjectGraphType relationshipType, IResolveFieldContext context)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in sets.SelectMany(set => SelectionFields.Of(set, relationshipType, context.Schema, context.Document, withDirectives: true)))
        {
            var name = field.Name.StringValue;
            if (FieldsWithoutProperties.Contains(name))
            {
                continue;
            }

            if (relationshipType.GetField(name) is null || PropertyReads.Of(relationshipType.GetField(name)!) is not { } read)
            {
                return null;
            }

            names.UnionWith(read);
        }

        return [.. names];
    }

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };
}
