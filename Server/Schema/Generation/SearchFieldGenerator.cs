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
/// Root <c>search(text, labels, first, asOf)</c>: full-text search over the model's searchable properties, best hit
/// first, each hit a <c>Node</c> with its score. With the compiler on, the search and the relationship fields selected below
/// its hits' nodes are one plan (one statement on Neo4j).
/// </summary>
internal sealed class SearchFieldGenerator(IGraphStore store, PagingOptions paging, DataLoaderOptions loading, SharedTypes shared)
{
    private const int DefaultHits = 20;

    public FieldType Create(GraphModel model, InterfaceGraphType node)
    {
        var hit = new ObjectGraphType { Name = "SearchHit", Description = "One search result." };
        hit.AddField(new FieldType
        {
            Name = "score",
            Description = "Relevance; higher is better. Comparable within one answer only: the stores rank differently.",
            ResolvedType = new NonNullGraphType(shared.Float),
            Resolver = new FuncFieldResolver<object?>(context => ((SearchHit)context.Source!).Score),
        });
        hit.AddField(new FieldType
        {
            Name = "node",
            Description = "The node found.",
            ResolvedType = new NonNullGraphType(node),
            Resolver = new FuncFieldResolver<object?>(context => ((SearchHit)context.Source!).Node),
        });

        var searchable = string.Join(", ",
            model.SearchableNodeTypes.Select(t => $"{t.Label} ({string.Join(", ", t.Searchable.Select(p => p.Name))})"));
        return new FieldType
        {
            Name = "search",
            Description = "Full-text search, best first (ties by id). Every word of the text must occur, case-insensitively and after "
                + "English stemming, in one searchable property of the node; punctuation and operators have no meaning. Searchable: "
                + searchable + ".",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(hit))),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(shared.String)) { Name = "text", Description = "The words to look for." },
                new QueryArgument(new ListGraphType(new NonNullGraphType(shared.Label)))
                {
                    Name = "labels",
                    Description = "Only nodes with one of these labels; all searchable labels when omitted.",
                },
                new QueryArgument(shared.Int)
                {
                    Name = "first",
                    Description = $"At most this many hits (default {DefaultHits}, at most {paging.MaxPageSize}).",
                },
                AsOfArgument.Create(model, shared)),
            Resolver = new FuncFieldResolver<object?>(async context => await ResolveAsync(context, hit, node).ConfigureAwait(false)),
        }.WithComplexityImpact(context => PageCost.OfList(context, paging));
    }

    private async Task<IReadOnlyList<SearchHit>> ResolveAsync(IResolveFieldContext context, IObjectGraphType hit, IGraphType node)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultHits;
        if (first < 0 || first > paging.MaxPageSize)
        {
            throw new ExecutionError($"first must be between 0 and {paging.MaxPageSize}.") { Code = "PAGE_TOO_LARGE" };
        }

        var labels = context.GetArgument<List<object?>?>("labels")?.OfType<string>().ToList() ?? [];
        var query = new SearchQuery(context.GetArgument<string>("text"))
        {
            Labels = labels,
            Take = first,
            AsOf = AsOfArgument.Inherited(context),
        };
        if (loading.CompileSelections
            && await CompiledRead.TryRunPlanAsync(store, context, planner => planner.ForItemField(hit, "node", node),
                selections => PlanQuery.ForSearch(new PlanSearch(query), selections)).ConfigureAwait(false) is { } compiled)
        {
            return [.. compiled.Root.Nodes.Zip(compiled.Scores, (found, score) => new SearchHit(found, score))];
        }

        return await StoreCall.RunAsync(() => store.SearchAsync(query, context.CancellationToken), "INVALID_SEARCH").ConfigureAwait(false);
    }
}
