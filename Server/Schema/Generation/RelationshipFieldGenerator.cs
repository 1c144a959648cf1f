using System.Globalization;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Aggregation;
using GraphServer.Schema.Filtering;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Schema.Time;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// A field per relationship end the model declares on a label, named by the model (<c>Offer.targets</c>,
/// <c>Country.targetedBy</c>): a connection (<c>OfferTargetsConnection</c>) for an end of cardinality Many, a single
/// nullable node for One (<c>Event.location</c>). Each resolves through a per-request DataLoader, so a level of the
/// response costs one <see cref="IGraphStore.GetNeighboursAsync"/> call however many parents it has (per distinct
/// arguments; with the sources of nodes and edges when the selection reads them), and <c>totalCount</c> one
/// <see cref="IGraphStore.CountNeighboursAsync"/> call when it is selected.
/// </summary>
internal sealed class RelationshipFieldGenerator(
    GraphModel model,
    IGraphStore store,
    PagingOptions paging,
    DataLoaderOptions loading,
    SharedTypes shared,
    FilterInputGenerator filters,
    WhereTranslator where,
    SortInputs sorts,
    Provenance provenance,
    AggregateFieldGenerator aggregates)
{
    public void AddTo(IReadOnlyDictionary<string, ObjectGraphType> objectTypes, FarTypes farTypes)
    {
        foreach (var type in model.NodeTypes)
        {
            foreach (var end in model.EndsOf(type.Label))
            {
                var relationship = model.FindRelationship(end.RelationshipType)!;
                if (relationship.IsCitation && end.IsOutgoing)
                {
                    continue; // A node's sources are the sources field (Provenance), not a connection.
                }

                var farType = farTypes.Of(end);
                objectTypes[type.Label].AddField(end.Cardinality == Cardinality.One
                    ? SingleField(end, relationship, farType)
                    : ConnectionField(type.Label, end, relationship, farType));
            }
        }
    }

    private FieldType ConnectionField(string label, RelationshipEnd end, RelationshipType relationship, IGraphType farType)
    {
        var subject = Subjects.Of(end);
        var connection = RelationshipConnectionGenerator.Create(label, end, relationship, farType, shared, paging,
            relationship.IsCitation ? null : provenance.AddToEdge);
        aggregates.AddToRelationshipConnection(connection, end);
        var field = new FieldType
        {
            Name = end.FieldName,
            Description = $"{relationship.Description} ({Way(end)} {relationship.Type}), a page at a time "
                + $"(default {paging.RelationshipPageSize} per parent, at most {paging.MaxPageSize}).",
            ResolvedType = new NonNullGraphType(connection),
            Arguments = new QueryArguments(
                Argument("first", shared.Int, $"The first n of this parent's relationships (default {paging.RelationshipPageSize})."),
                Argument("after", shared.String, "Start after this cursor."),
                Argument("last", shared.Int, $"The last n of this parent's relationships (at most {paging.MaxPageSize})."),
                Argument("before", shared.String, "End before this cursor."),
                Argument(WhereTranslator.ArgumentName, filters.For(subject),
                    "Only far nodes that match. Under an asOf above, only links and nodes visible on that day."),
                sorts.Argument(subject, "Ordering keys for each parent's far nodes, most significant first; ties by id.")),
            Resolver = new FuncFieldResolver<object?>(context => ResolvePage(context, end, subject)),
        };
        PlannableRelationship.Mark(field, new PlannableRelationship(context => PlanPage(context, end, subject), isConnection: true));
        return field;
    }

    private FieldType SingleField(RelationshipEnd end, RelationshipType relationship, IGraphType farType)
    {
        var field = new FieldType
        {
            Name = end.FieldName,
            Description = $"{relationship.Description} ({Way(end)} {relationship.Type}); at most one, null when unknown.",
            ResolvedType = farType,
            Resolver = new FuncFieldResolver<object?>(context =>
            {
                var (planned, _) = RelationshipPlanMemo.For(context).Get(context, c => (PlanSingle(c, end), default));
                return new MappedLoad<IReadOnlyList<Neighbour>, GraphNode?>(
                    Rows(planned.Rows, planned.RowsKey, context), rows => rows.FirstOrDefault()?.Node);
            }),
        };
        PlannableRelationship.Mark(field, new PlannableRelationship(context => PlanSingle(context, end), isConnection: false));
        return field;
    }

    /// <summary>The queries (and loader keys) of a single field: its first far node.</summary>
    private PlannedNeighbours PlanSingle(IResolveFieldContext context, RelationshipEnd end)
    {
        var query = Query(end, context, Subjects.Of(end));
        var rows = query with { TakePerParent = 1 };
        var counted = Counted(query);
        return new PlannedNeighbours(rows, RowsKey(rows), counted, CountKey(counted));
    }

    /// <summary>
    /// The queries (and loader keys) of a connection field for its arguments: from the front, the store skips and cuts
    /// per parent, one more than the page telling whether there is a next page without counting; from the back
    /// (<c>last</c>), each parent's rows come whole and are cut by the resolver.
    /// </summary>
    private PlannedNeighbours PlanPage(IResolveFieldContext context, RelationshipEnd end, string subject)
    {
        var window = Window(context);
        var query = Query(end, context, subject);
        var rows = window.Last is null
            ? query with { SkipPerParent = checked((int)window.Skip), TakePerParent = window.Take + 1 }
            : query;
        var counted = Counted(query);
        return new PlannedNeighbours(rows, RowsKey(rows), counted, CountKey(counted)) { CountOnly = CountOnlySelection.Of(context) };
    }

    private PageWindow Window(IResolveFieldContext context) => PageWindow.From(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"),
        paging,
        paging.RelationshipPageSize);

    private object ResolvePage(IResolveFieldContext context, RelationshipEnd end, string subject)
    {
        var (planned, window) = RelationshipPlanMemo.For(context).Get(context, c => (PlanPage(c, end, subject), Window(c)));
        var query = planned.Rows;
        var parentId = ((GraphNode)context.Source!).Id;
        IDataLoaderResult<long> Count() => CountOf(planned.Counted, planned.CountKey, parentId, context);

        if (planned.CountOnly)
        {
            // Only totalCount/aggregate are selected: no page to read, order or cut (a funnel's counts by status).
            return new RelationshipPage([], window.Skip, false, Count) { Query = planned.Counted, ParentId = parentId };
        }

        if (window.Last is null)
        {
            return Mapped(Rows(query, planned.RowsKey, context), rows =>
                new RelationshipPage([.. rows.Take(window.Take)], window.Skip, rows.Count > window.Take, Count)
                {
                    Query = planned.Counted,
                    ParentId = parentId,
                });
        }

        // From the back: the end of the slice differs per parent, so each parent's rows come whole and are cut here.
        return Mapped(Rows(query, planned.RowsKey, context), rows =>
        {
            var cut = window.FromEnd(Math.Min(window.BeforeOffset ?? rows.Count, rows.Count));
            return new RelationshipPage([.. rows.Skip((int)cut.Skip).Take(cut.Take)], cut.Skip, cut.Skip + cut.Take < rows.Count, Count)
            {
                Query = planned.Counted,
                ParentId = parentId,
            };
        });
    }

    private NeighbourQuery Query(RelationshipEnd end, IResolveFieldContext context, string subject) =>
        new([], end.RelationshipType, end.IsOutgoing ? EdgeDirection.Outgoing : EdgeDirection.Incoming)
        {
            FarLabels = end.FarLabels,
            Where = where.Translate(subject, context),
            AsOf = AsOfArgument.Inherited(context),
            Order = SortInputs.Read(context),
            WithSources = SelectionProbe.AsksForSources(context),
        };

    /// <summary>
    /// This parent's rows: pre-filled by the request's compiled plan, else from the loader shared by every sibling that
    /// asks the same question.
    /// </summary>
    private IDataLoaderResult<IReadOnlyList<Neighbour>> Rows(NeighbourQuery query, string key, IResolveFieldContext context)
    {
        var parentId = ((GraphNode)context.Source!).Id;
        var isConnection = PlannableRelationship.Of(context.FieldDefinition)?.IsConnection ?? true;
        if (PlanPrefill.Find(context)?.Rows(key, parentId, context, isConnection) is { } planned)
        {
            return new ReadyLoad<IReadOnlyList<Neighbour>>(planned);
        }

        var loader = DataLoaderContext.Of(context).GetOrAdd(key, () => new BatchLoader<string, IReadOnlyList<Neighbour>>(
            (keys, cancellationToken) => FetchAsync(query with { ParentIds = keys }, cancellationToken), [], loading));
        return loader.Load(parentId);
    }

    private static NeighbourQuery Counted(NeighbourQuery query) =>
        query with { Order = [], TakePerParent = null, SkipPerParent = 0, WithSources = false };

    private static string RowsKey(NeighbourQuery query) => "rows|" + Key(query);

    private static string CountKey(NeighbourQuery counted) => "count|" + Key(counted);

    private IDataLoaderResult<long> CountOf(NeighbourQuery counted, string countKey, string parentId, IResolveFieldContext context)
    {
        if (PlanPrefill.Find(context)?.Count(countKey, parentId) is { } planned)
        {
            return new ReadyLoad<long>(planned);
        }

        var loader = DataLoaderContext.Of(context).GetOrAdd(countKey, () => new BatchLoader<string, long>(
            async (keys, cancellationToken) =>
            {
                var counts = await StoreCall.RunAsync(
                    () => store.CountNeighboursAsync(counted with { ParentIds = keys }, cancellationToken), WhereTranslator.ErrorCode)
                    .ConfigureAwait(false);
                var results = new BatchResults<string, long>();
                foreach (var (parent, count) in counts)
                {
                    results.Set(parent, count);
                }

                return results;
            }, 0L, loading));
        return loader.Load(parentId);
    }

    /// <summary>The shape of a neighbour question: loaders share a batch only between fields that ask the same.</summary>
    internal static string Key(NeighbourQuery query) => string.Join('|',
        query.Type,
        query.Direction,
        string.Join(',', query.FarLabels ?? []),
        query.SkipPerParent.ToString(CultureInfo.InvariantCulture),
        query.TakePerParent?.ToString(CultureInfo.InvariantCulture) ?? "all",
        query.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "now",
        FilterText.Of(query.Where),
        string.Join(',', query.Order.Select(o => $"{o.Property} {o.Direction}")),
        query.WithSources ? "sources" : "");

    private async Task<BatchResults<string, IReadOnlyList<Neighbour>>> FetchAsync(NeighbourQuery query, CancellationToken cancellationToken)
    {
        var rows = await StoreCall.RunAsync(() => store.GetNeighboursAsync(query, cancellationToken), WhereTranslator.ErrorCode)
            .ConfigureAwait(false);
        var results = new BatchResults<string, IReadOnlyList<Neighbour>>();
        foreach (var group in rows.GroupBy(r => r.ParentId, StringComparer.Ordinal))
        {
            results.Set(group.Key, [.. group]);
        }

        return results;
    }

    private static MappedLoad<IReadOnlyList<Neighbour>, RelationshipPage> Mapped(
        IDataLoaderResult<IReadOnlyList<Neighbour>> rows, Func<IReadOnlyList<Neighbour>, RelationshipPage> page) => new(rows, page);

    private static string Way(RelationshipEnd end) => end.IsOutgoing ? "outgoing" : "incoming";

    private static QueryArgument Argument(string name, IGraphType type, string description) =>
        new(type) { Name = name, Description = description };
}
