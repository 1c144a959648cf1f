using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Schema.Time;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Generation;

/// <summary>
/// Root <c>paths</c> and <c>neighborhood</c> (US English, as Cytoscape.js and most GraphQL APIs spell it): nodes and relationships for a graph view or an export, answered by
/// <see cref="IGraphStore.FindPathsAsync"/> and <see cref="IGraphStore.GetNeighbourhoodAsync"/>. The store checks the
/// limits (hops, depth, sizes); what it refuses comes back as an <c>INVALID_ARGUMENT</c> error. With compiled selections
/// each is a plan root (<see cref="TraversalRead"/>): only what the request reads, and the fields asked of its nodes, in one
/// store call.
/// </summary>
internal sealed class TraversalFieldGenerator(GraphModel model, IGraphStore store, PagingOptions paging, DataLoaderOptions loading, SharedTypes shared)
{
    private const string InvalidArgument = "INVALID_ARGUMENT";
    private const int DefaultPaths = 25;

    public IEnumerable<FieldType> Create(InterfaceGraphType node)
    {
        var relationship = RelationshipObjectTypeGenerator.Create(model, shared);
        yield return PathsField(node, relationship);
        yield return NeighborhoodField(node, relationship);
    }

    private FieldType PathsField(InterfaceGraphType node, ObjectGraphType relationship)
    {
        var path = new ObjectGraphType
        {
            Name = "Path",
            Description = "Nodes in walking order; relationships[i] links nodes[i] and nodes[i + 1] in its stored direction.",
        };
        path.AddField(Field("length", new NonNullGraphType(shared.Int), "Number of relationships.", c => ((FoundPath)c.Source!).Length));
        path.AddField(Field("nodes", NonNullList(node), "The nodes, from the start to the end.", c => ((FoundPath)c.Source!).Nodes));
        path.AddField(Field("relationships", NonNullList(relationship), "The relationships between consecutive nodes.",
            c => ((FoundPath)c.Source!).Edges));

        return new FieldType
        {
            Name = "paths",
            Description = "Paths between two nodes over relationships in either direction, nodes never repeating: every shortest path, or "
                + "every path of at most maxHops. Ordered by length, then by the ids of their nodes.",
            ResolvedType = NonNullList(path),
            Arguments = new QueryArguments(
                Argument("from", new NonNullGraphType(shared.Id), "Id of the start node."),
                Argument("to", new NonNullGraphType(shared.Id), "Id of the end node."),
                Argument("maxHops", shared.Int, $"At most this many relationships per path (default 4, at most {PathQuery.MaxHopsLimit})."),
                Argument("types", TypeList(), "Relationship types a path may use; all when omitted."),
                Argument("shortestOnly", shared.Boolean, "Only the shortest paths (default false)."),
                Argument("first", shared.Int, $"At most this many paths (default {DefaultPaths})."),
                AsOfArgument.Create(model, shared)),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var (from, to) = (context.GetArgument<string>("from"), context.GetArgument<string>("to"));
                var query = new PathQuery(from, to, context.GetArgument("maxHops", 4))
                {
                    Types = Types(context),
                    ShortestOnly = context.GetArgument("shortestOnly", false),
                    Limit = context.GetArgument("first", DefaultPaths),
                    AsOf = AsOfArgument.Inherited(context),
                };
                return loading.CompileSelections
                    ? (await StoreCall.RunAsync(() => TraversalRead.RunAsync(store, context, PlanTraversal.Of(query)), InvalidArgument)
                        .ConfigureAwait(false)).Paths
                    : await StoreCall.RunAsync(() => store.FindPathsAsync(query, context.CancellationToken), InvalidArgument)
                        .ConfigureAwait(false);
            }),
        }.WithComplexityImpact(context => PageCost.OfList(context, paging));
    }

    private FieldType NeighborhoodField(InterfaceGraphType node, ObjectGraphType relationship)
    {
        var subgraph = new ObjectGraphType { Name = "Subgraph", Description = "A set of nodes and every relationship between them." };
        // Both lists are as long as the neighborhood's first allows (relationships roughly so): that is what they cost.
        subgraph.AddField(Field("nodes", NonNullList(node), "The nodes, closest to the start first (ties by id).",
                c => ((Subgraph)c.Source!).Nodes)
            .WithComplexityImpact(context => PageCost.OfConnectionPage(context, paging)));
        subgraph.AddField(Field("relationships", NonNullList(relationship), "Every relationship of an allowed type between the nodes.",
            c => ((Subgraph)c.Source!).Edges).WithComplexityImpact(context => PageCost.OfConnectionPage(context, paging)));
        subgraph.AddField(Field("truncated", new NonNullGraphType(shared.Boolean), "True when the limit left nodes out.",
            c => ((Subgraph)c.Source!).Truncated));

        return new FieldType
        {
            Name = "neighborhood",
            Description = "Everything within depth hops of the start nodes, over relationships in either direction: for a graph view or "
                + "an export to Gephi or Cytoscape.",
            ResolvedType = new NonNullGraphType(subgraph),
            Arguments = new QueryArguments(
                Argument("ids", new NonNullGraphType(new ListGraphType(new NonNullGraphType(shared.Id))), "Ids of the start nodes."),
                Argument("depth", shared.Int, $"Hops from the start nodes (default 1, at most {NeighbourhoodQuery.MaxDepth})."),
                Argument("types", TypeList(), "Relationship types to follow; all when omitted."),
                Argument("first", shared.Int, $"At most this many nodes, closest first (default {paging.DefaultPageSize})."),
                AsOfArgument.Create(model, shared)),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var query = new NeighbourhoodQuery(context.GetArgument<List<string>>("ids"), context.GetArgument("depth", 1))
                {
                    Types = Types(context),
                    Limit = context.GetArgument("first", paging.DefaultPageSize),
                    AsOf = AsOfArgument.Inherited(context),
                };
                return loading.CompileSelections
                    ? (await StoreCall.RunAsync(() => TraversalRead.RunAsync(store, context, PlanTraversal.Of(query)), InvalidArgument)
                        .ConfigureAwait(false)).Subgraph
                    : await StoreCall.RunAsync(() => store.GetNeighbourhoodAsync(query, context.CancellationToken), InvalidArgument)
                        .ConfigureAwait(false);
            }),
        };
    }

    private ListGraphType TypeList() => new(new NonNullGraphType(shared.RelationshipTypeName));

    private static List<string> Types(IResolveFieldContext context) =>
        context.GetArgument<List<object?>?>("types")?.OfType<string>().ToList() ?? [];

    private static NonNullGraphType NonNullList(IGraphType item) => new(new ListGraphType(new NonNullGraphType(item)));

    private static QueryArgument Argument(string name, IGraphType type, string description) =>
        new(type) { Name = name, Description = description };

    private static FieldType Field(string name, IGraphType type, string description, Func<IResolveFieldContext, object?> resolve) =>
        new() { Name = name, Description = description, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(resolve) };
}
