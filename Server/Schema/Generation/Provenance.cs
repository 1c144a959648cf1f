using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// <c>sources: [Citation!]!</c> on every node type and every relationship edge, and the <c>Citation</c> type: the source
/// with the passage that supports the record. The store fills <see cref="GraphNode.Sources"/> and
/// <see cref="GraphEdge.Sources"/> in the call that loads the records when the selection asks for sources
/// (<see cref="SelectionProbe"/>); where a record came another way (search, paths), one batched call per level loads them.
/// </summary>
internal sealed class Provenance(GraphModel model, IGraphStore store, DataLoaderOptions loading, SharedTypes shared)
{
    private const string Field = "sources";
    private readonly RelationshipType _cites =
        model.Citation ?? throw new InvalidOperationException("The model declares no citation relationship.");
    private ObjectGraphType? _citation;

    /// <summary>The <c>Citation</c> type, for hand-written fields that return sources; built by <see cref="AddToNodes"/>.</summary>
    public ObjectGraphType Citation => _citation ?? throw new InvalidOperationException("AddToNodes builds the Citation type first.");

    /// <summary>
    /// Adds <c>sources</c> to every node type that cites (every label but Source itself, which is the evidence), so the
    /// Node interface, which Source implements too, cannot promise the field.
    /// </summary>
    public void AddToNodes(IReadOnlyDictionary<string, ObjectGraphType> objectTypes)
    {
        _citation = CitationType(objectTypes[model.SourceLabel!]);
        foreach (var (label, objectType) in objectTypes)
        {
            if (_cites.From.Contains(label))
            {
                objectType.AddField(NodeSources());
            }
        }
    }

    /// <summary>Adds <c>sources</c> to the edge type of a relationship field (relationships cite through sourceIds/quotes).</summary>
    public void AddToEdge(ObjectGraphType edge, RelationshipType relationship) => edge.AddField(PropertyReads.Mark(new FieldType
    {
        Name = Field,
        Description = $"The sources that support this {relationship.Type} relationship, each with its supporting passage.",
        ResolvedType = CitationList(),
        Resolver = new FuncFieldResolver<object?>(context =>
        {
            var row = ((RelationshipEdge)context.Source!).Row.Edge;
            return row.Sources is { } sources ? sources : EdgeSourcesLater(row, context);
        }),
    }, CommonProperties.SourceIds, CommonProperties.Quotes)); // Without sources in the answer, it loads them by these.

    /// <summary>Reads no stored property: the node's sources came with it, or load by its id.</summary>
    private FieldType NodeSources() => PropertyReads.Mark(new FieldType
    {
        Name = Field,
        Description = "The sources that support this record, each with its supporting passage (at least one for every fact).",
        ResolvedType = CitationList(),
        Resolver = new FuncFieldResolver<object?>(context =>
        {
            var node = (GraphNode)context.Source!;
            return node.Sources is { } sources ? sources : NodeSourcesLater(node, context);
        }),
    });

    /// <summary>For a node loaded without its sources: the CITES neighbours of every such node of the level, in one call.</summary>
    private IDataLoaderResult<IReadOnlyList<Citation>> NodeSourcesLater(GraphNode node, IResolveFieldContext context)
    {
        var loader = DataLoaderContext.Of(context).GetOrAdd("sources|nodes", () => new BatchLoader<string, IReadOnlyList<Citation>>(
            async (ids, cancellationToken) =>
            {
                var rows = await store.GetNeighboursAsync(new NeighbourQuery(ids, _cites.Type, EdgeDirection.Outgoing), cancellationToken)
                    .ConfigureAwait(false);
                var results = new BatchResults<string, IReadOnlyList<Citation>>();
                foreach (var group in rows.GroupBy(r => r.ParentId, StringComparer.Ordinal))
                {
                    results.Set(group.Key, [.. group.Select(r =>
                        new Citation(r.Node, r.Edge.Properties.GetValueOrDefault(CommonProperties.Quote) as string))]);
                }

                return results;
            }, [], loading));
        return loader.Load(node.Id);
    }

    /// <summary>For an edge loaded without its sources: the Source nodes its sourceIds name, for the whole level in one call.</summary>
    private MappedLoad<IReadOnlyList<GraphNode?>, IReadOnlyList<Citation>> EdgeSourcesLater(GraphEdge edge, IResolveFieldContext context)
    {
        var ids = Strings(edge.Properties.GetValueOrDefault(CommonProperties.SourceIds));
        var quotes = Strings(edge.Properties.GetValueOrDefault(CommonProperties.Quotes));
        var loader = DataLoaderContext.Of(context).GetOrAdd("sources|byId", () => new BatchLoader<string, GraphNode?>(
            async (keys, cancellationToken) =>
            {
                var results = new BatchResults<string, GraphNode?>();
                foreach (var found in await store.GetNodesAsync(keys, cancellationToken).ConfigureAwait(false))
                {
                    results.Set(found.Id, found);
                }

                return results;
            }, null, loading));
        var loads = ids.Select(loader.Load).ToList();
        return new MappedLoad<IReadOnlyList<GraphNode?>, IReadOnlyList<Citation>>(new AllLoads<GraphNode?>(loads), sources =>
            [.. sources.Select((source, i) => (source, i)).Where(s => s.source is not null)
                .Select(s => new Citation(s.source!, s.i < quotes.Count && quotes[s.i] is { Length: > 0 } quote ? quote : null))]);
    }

    private NonNullGraphType CitationList() => new(new ListGraphType(new NonNullGraphType(_citation!)));

    private ObjectGraphType CitationType(ObjectGraphType source)
    {
        var citation = new ObjectGraphType
        {
            Name = "Citation",
            Description = "A source that supports a record, with the passage that does: one hop from the fact to its evidence.",
        };
        var sourceType = model.GetNode(model.SourceLabel!);
        citation.AddField(Of("id", new NonNullGraphType(shared.Id), "Id of the Source node.", c => c.Source.Id));
        foreach (var name in (string[])["publisher", "title", "url", "publishedAt", "kind"])
        {
            if (sourceType.FindProperty(name) is { } property)
            {
                var type = shared.TypeOf(sourceType.Label, property);
                var fieldType = property.IsRequired ? new NonNullGraphType(type) : type;
                citation.AddField(Of(name, fieldType, property.Description, c => c.Source[name]));
            }
        }

        citation.AddField(Of(CommonProperties.Quote, shared.String, "The passage of the source that supports the record, where recorded.",
            c => c.Quote));
        citation.AddField(Of("source", new NonNullGraphType(source), "The Source node itself.", c => c.Source));
        return citation;
    }

    private static FieldType Of(string name, IGraphType type, string description, Func<Citation, object?> resolve) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object?>(context => resolve((Citation)context.Source!)),
    };

    private static List<string> Strings(object? value) =>
        value is System.Collections.IEnumerable items and not string ? [.. items.Cast<object?>().Select(i => i as string ?? "")] : [];
}
