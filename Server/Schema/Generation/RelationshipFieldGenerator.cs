using System.Globalization;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Filtering;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Time;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// A list field per relationship type and pair of labels, both ways: <c>Offer.targetsCountries</c> and
/// <c>Country.offersTargets</c>. Each resolves through a per-request DataLoader, so a level of the response costs one
/// <see cref="IGraphStore.GetNeighboursAsync"/> call however many parents it has (per distinct where and as-of day).
/// </summary>
internal sealed class RelationshipFieldGenerator(
    IGraphStore store,
    PagingOptions paging,
    DataLoaderOptions loading,
    SharedTypes shared,
    FilterInputGenerator filters,
    WhereTranslator where,
    SortInputs sorts)
{
    public void AddTo(IReadOnlyDictionary<string, ObjectGraphType> objectTypes, GraphModel model)
    {
        foreach (var relationship in model.RelationshipTypes)
        {
            foreach (var from in relationship.From)
            {
                foreach (var to in relationship.To)
                {
                    var outgoing = new Direction(relationship, EdgeDirection.Outgoing, to, relationship.To.Count > 1);
                    objectTypes[from].AddField(Field(Names.Outgoing(relationship.Type, model.GetNode(to).CollectionName), outgoing, objectTypes[to],
                        $"{relationship.Description} (this {from} to {to}, outgoing {relationship.Type})"));

                    var incoming = new Direction(relationship, EdgeDirection.Incoming, from, relationship.From.Count > 1);
                    objectTypes[to].AddField(Field(Names.Incoming(relationship.Type, model.GetNode(from).CollectionName), incoming, objectTypes[from],
                        $"{relationship.Description} (from {from} to this {to}, incoming {relationship.Type})"));
                }
            }
        }
    }

    private FieldType Field(string name, Direction direction, ObjectGraphType farType, string description) => new FieldType
    {
        Name = name,
        Description = description,
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(farType))),
        Arguments = new QueryArguments(
            new QueryArgument(shared.Int)
            {
                Name = "first",
                Description = $"At most this many per parent, in order (default {paging.RelationshipPageSize}, at most {paging.MaxPageSize}).",
            },
            sorts.Argument(direction.FarLabel, "Ordering keys for each parent's neighbours, most significant first; ties by id."),
            new QueryArgument(filters.For(direction.FarLabel))
            {
                Name = WhereTranslator.ArgumentName,
                Description = "Only neighbours that match. Under an asOf above, only links and neighbours visible on that day.",
            }),
        Resolver = new FuncFieldResolver<object?>(context => Resolve(context, direction)),
    }.WithComplexityImpact(context => PageCost.OfRelationshipList(context, paging));

    private object Resolve(IResolveFieldContext context, Direction direction)
    {
        var first = context.GetArgument<int?>("first") ?? paging.RelationshipPageSize;
        if (first < 0 || first > paging.MaxPageSize)
        {
            throw new ExecutionError($"first must be between 0 and {paging.MaxPageSize}.") { Code = "PAGE_TOO_LARGE" };
        }

        // When the far end allows several labels the store cannot cut per label, so this field cuts after filtering.
        int? takePerParent = direction.SharedByLabels ? null : first;
        var filter = where.Translate(direction.FarLabel, context);
        var asOf = AsOfArgument.Inherited(context);
        var order = SortInputs.Read(context);
        var neighbours = new NeighbourQuery([], direction.Relationship.Type, direction.Way)
        {
            TakePerParent = takePerParent,
            Where = filter,
            AsOf = asOf,
            Order = order,
        };

        // Siblings that ask the same question share one loader, so one store call answers them all.
        var name = string.Join('|',
            direction.Relationship.Type,
            direction.Way,
            takePerParent?.ToString(CultureInfo.InvariantCulture) ?? "all",
            asOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "now",
            FilterText.Of(filter),
            string.Join(',', order.Select(o => $"{o.Property} {o.Direction}")));
        var loader = DataLoaderContext.Of(context).GetOrAdd(name, () => new BatchLoader<string, IReadOnlyList<Neighbour>>(
            (keys, cancellationToken) => FetchAsync(neighbours with { ParentIds = keys }, cancellationToken), [], loading));

        var parent = (GraphNode)context.Source!;
        return new MappedLoad<IReadOnlyList<Neighbour>, IReadOnlyList<GraphNode>>(
            loader.Load(parent.Id),
            neighbours => [.. neighbours.Where(n => n.Node.Label == direction.FarLabel).Take(first).Select(n => n.Node)]);
    }

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

    /// <summary>One way along a relationship type, to one label of its far end.</summary>
    private sealed record Direction(RelationshipType Relationship, EdgeDirection Way, string FarLabel, bool SharedByLabels);
}
