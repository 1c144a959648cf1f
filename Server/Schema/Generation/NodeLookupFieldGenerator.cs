using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Generation;

/// <summary>
/// Relay's object identification: <c>node(id:)</c> and <c>nodes(ids:)</c> refetch any node by its global id (ours
/// already carry their label, <c>country:KE</c>). <c>nodes</c> answers every id with one store call; with the compiler on,
/// that call is a plan that also reads the relationship fields selected below (per type, under inline fragments).
/// </summary>
internal sealed class NodeLookupFieldGenerator(IGraphStore store, PagingOptions paging, DataLoaderOptions loading, SharedTypes shared)
{
    public IEnumerable<FieldType> Create(InterfaceGraphType node)
    {
        yield return new FieldType
        {
            Name = "node",
            Description = "The node with this id, whatever its label, or null.",
            ResolvedType = node,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(shared.Id)) { Name = "id", Description = "A node id." }),
            Resolver = new FuncFieldResolver<object?>(async context =>
                (await LoadAsync([context.GetArgument<string>("id")], context, node).ConfigureAwait(false)).FirstOrDefault()),
        };

        yield return new FieldType
        {
            Name = "nodes",
            Description = $"The nodes with these ids, in the order asked, null where an id is unknown (at most {paging.MaxPageSize} ids).",
            ResolvedType = new NonNullGraphType(new ListGraphType(node)),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(shared.Id))))
            {
                Name = "ids",
                Description = "Node ids.",
            }),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > paging.MaxPageSize)
                {
                    throw new ExecutionError($"Ask for at most {paging.MaxPageSize} ids at once.") { Code = "PAGE_TOO_LARGE" };
                }

                var found = (await LoadAsync(ids, context, node).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
                return ids.Select(id => found.GetValueOrDefault(id)).ToList();
            }),
        }.WithComplexityImpact(context => new FieldComplexityResult(1, IdCount(context)));
    }

    /// <summary>The nodes with these ids: through one plan with the relationship fields selected below them, or alone.</summary>
    private async Task<IReadOnlyList<GraphNode>> LoadAsync(IReadOnlyCollection<string> ids, IResolveFieldContext context, IGraphType node)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var withSources = SelectionProbe.AsksForSources(context);
        var compiled = loading.CompileSelections
            ? await CompiledRead.TryRunAsync(store, context, planner => planner.ForNodes(node),
                selections => PlanQuery.ForLookup(new PlanLookup(distinct, null) { WithSources = withSources }, selections))
                .ConfigureAwait(false)
            : null;
        return compiled?.Nodes ?? await store.GetNodesAsync(distinct, withSources, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each id is a node the rest of the selection repeats for; a variable's list counts as a full page.</summary>
    private double IdCount(FieldImpactContext context) =>
        context.Arguments?.TryGetValue("ids", out var ids) == true && ids.Value is System.Collections.ICollection list
            ? list.Count
            : paging.MaxPageSize;
}
