using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Schema.Aggregation;
using GraphServer.Model;
using GraphServer.Schema.Filtering;
using GraphServer.Schema.Investigation;
using GraphServer.Schema.Investigation.Timeline;
using GraphServer.Schema.Investigation.Trace;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Schema.Time;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Generation;

/// <summary>
/// The root <c>Query</c>: per node type a paged collection (<c>countries(first, after, last, before, where, order, asOf)</c>)
/// and a lookup by id (<c>country(id)</c>); then <c>search</c>, <c>paths</c> and <c>neighbourhood</c>.
/// </summary>
internal sealed class QueryTypeGenerator(
    GraphModel model, IGraphStore store, PagingOptions paging, DataLoaderOptions loading, SharedTypes shared)
{
    private readonly QueryArgument _asOf = AsOfArgument.Create(model, shared);
    private readonly Subjects _subjects = new(model);
    private WhereTranslator _where = null!;
    private FilterInputGenerator _filters = null!;
    private SortInputs _sorts = null!;
    private AggregateFieldGenerator _aggregates = null!;

    public ObjectGraphType Create()
    {
        var fields = new FilterFields(model, _subjects);
        _where = new WhereTranslator(fields);
        _filters = new FilterInputGenerator(_subjects, fields, new OperationFilterInputs(shared), shared.Boolean);
        _sorts = new SortInputs(_subjects, shared);

        // Every object type first: relationship fields point from one to another, and to unions and Node.
        var objectTypes = model.NodeTypes.ToDictionary(
            t => t.Label, t => NodeObjectTypeGenerator.Create(t, shared), StringComparer.Ordinal);
        var node = NodeInterfaceGenerator.Create(model, shared, objectTypes);
        var provenance = new Provenance(model, store, loading, shared);
        _aggregates = new AggregateFieldGenerator(model, store, paging, loading, shared);
        provenance.AddToNodes(objectTypes);
        new RelationshipFieldGenerator(model, store, paging, loading, shared, _filters, _where, _sorts, provenance, _aggregates)
            .AddTo(objectTypes, new FarTypes(objectTypes, node, model));

        var query = new ObjectGraphType { Name = "Query", Description = "Entry points into the recruitment graph." };
        foreach (var type in model.NodeTypes)
        {
            var objectType = objectTypes[type.Label];
            query.AddField(CollectionField(type, objectType));
            query.AddField(SingleField(type, objectType));
        }

        foreach (var field in new NodeLookupFieldGenerator(store, paging, loading, shared).Create(node))
        {
            query.AddField(field);
        }

        query.AddField(new SearchFieldGenerator(store, paging, loading, shared).Create(model, node));
        foreach (var field in new TraversalFieldGenerator(model, store, paging, loading, shared).Create(node))
        {
            query.AddField(field);
        }

        query.AddField(ExportLinkFieldGenerator.Create(shared, AsOfArgument.Create(model, shared)));
        var investigation = new InvestigationContext(model, store, paging, shared, node, objectTypes) {
            Citation = provenance.Citation,
            CompileSelections = loading.CompileSelections,
        };
        TraceFields.AddTo(query, investigation);
        TimelineField.AddTo(query, investigation);
        Investigation.Claims.ClaimFields.AddTo(query, model, store, paging, shared, loading.CompileSelections);
        return query;
    }

    private FieldType CollectionField(NodeType type, ObjectGraphType objectType)
    {
        var label = type.Label;
        var connection = ConnectionTypeGenerator.Create(label, objectType, shared, paging);
        _aggregates.AddToConnection(connection, label);
        return new FieldType
        {
            Name = type.CollectionName,
            Description = $"{label} nodes that match where, a page at a time. {type.Description}",
            ResolvedType = new NonNullGraphType(connection),
            Arguments = new QueryArguments(
                Argument("first", shared.Int, $"Return the first n items of the slice (at most {paging.MaxPageSize})."),
                Argument("after", shared.String, "Start after this cursor."),
                Argument("last", shared.Int, $"Return the last n items of the slice (at most {paging.MaxPageSize})."),
                Argument("before", shared.String, "End before this cursor."),
                Argument(WhereTranslator.ArgumentName, _filters.For(label), "Only nodes that match; all given conditions must hold."),
                _sorts.Argument(label, "Ordering keys, most significant first."),
                _asOf),
            Resolver = new FuncFieldResolver<object?>(async context => await ResolvePageAsync(context, label).ConfigureAwait(false)),
        };
    }

    private FieldType SingleField(NodeType type, ObjectGraphType objectType)
    {
        var label = type.Label;
        return new FieldType
        {
            Name = Names.SingleField(label),
            Description = $"The {label} with this id, or null.",
            ResolvedType = objectType,
            Arguments = new QueryArguments(Argument("id", new NonNullGraphType(shared.Id), "The node's id, e.g. country:KE.")),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var ids = new[] { context.GetArgument<string>("id") };
                var withSources = SelectionProbe.AsksForSources(context);
                var compiled = loading.CompileSelections
                    ? await CompiledRead.TryRunAsync(store, context, planner => planner.ForNodes(objectType),
                        selections => PlanQuery.ForLookup(new PlanLookup(ids, label) { WithSources = withSources }, selections)).ConfigureAwait(false)
                    : null;
                var nodes = compiled?.Nodes
                    ?? await store.GetNodesAsync(ids, withSources, context.CancellationToken).ConfigureAwait(false);
                return nodes.FirstOrDefault(n => n.Label == label);
            }),
        };
    }

    private async Task<ConnectionPage> ResolvePageAsync(IResolveFieldContext context, string label)
    {
        var window = PageWindow.From(
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"),
            context.GetArgument<string?>("before"),
            paging);
        var order = SortInputs.Read(context);
        var matching = new NodeQuery(label)
        {
            Where = _where.Translate(label, context),
            AsOf = AsOfArgument.Inherited(context),
        };
        if (window.NeedsTotalFirst)
        {
            var counted = await FindAsync(matching with { Take = 0 }, context).ConfigureAwait(false);
            window = window.FromEnd(counted.TotalCount);
        }
        else if (window.Last is not null)
        {
            window = window.FromEnd(window.BeforeOffset!.Value);
        }

        var pageQuery = matching with
        {
            Order = order,
            Skip = checked((int)window.Skip),
            Take = window.Take,
            WithSources = SelectionProbe.AsksForSources(context),
        };
        var page = await CompiledAsync(pageQuery, context).ConfigureAwait(false)
            ?? await FindAsync(pageQuery, context).ConfigureAwait(false);
        return new ConnectionPage(page.Nodes, window.Skip, page.TotalCount) { Query = matching };
    }

    /// <summary>The page and every relationship field below it as one plan, or null when there is nothing to compile.</summary>
    private async Task<NodePage?> CompiledAsync(NodeQuery page, IResolveFieldContext context)
    {
        if (!loading.CompileSelections || CompiledRead.ConnectionOf(context) is not { } connection)
        {
            return null;
        }

        return await CompiledRead.TryRunAsync(store, context, planner => planner.ForConnection(connection.Connection, connection.Node),
            selections => PlanQuery.ForPage(page, selections)).ConfigureAwait(false);
    }

    private Task<NodePage> FindAsync(NodeQuery query, IResolveFieldContext context) =>
        StoreCall.RunAsync(() => store.FindNodesAsync(query, context.CancellationToken), WhereTranslator.ErrorCode);

    private static QueryArgument Argument(string name, IGraphType type, string description) =>
        new(type) { Name = name, Description = description };
}
