using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Schema.Time;

namespace GraphServer.Schema.Generation;

/// <summary>
/// A relationship field's queries, loader keys and page window, worked out once per request for each place in the
/// document instead of once per parent: a list of 20 offers asked for their channels resolved the same arguments, built
/// the same filter and joined the same key strings 20 times, the largest share of a compiled request's allocations.
/// What the resolver builds depends only on the field's node in the document (its arguments, with the request's
/// variables, and its selection set), the field's definition (the relationship end) and the inherited <c>asOf</c>
/// day, so those three are the key. A failure (a bad argument) is not remembered: each parent meets it as before.
/// </summary>
internal sealed class RelationshipPlanMemo
{
    private const string UserContextKey = "GraphServer.RelationshipPlanMemo";
    private readonly Lock _gate = new();
    private readonly Dictionary<(GraphQLField Field, IFieldType Definition, DateOnly? AsOf), (PlannedNeighbours Planned, PageWindow Window)> _plans = [];
    private readonly bool _documentMentionsAsOf;

    private RelationshipPlanMemo(GraphQLDocument document) =>
        // Without the word anywhere in the document no field has an asOf argument, and the inherited day is "now" for
        // every field: no need to walk each parent's chain of fields to find it. A mention anywhere (even in a string)
        // means the walk, as before.
        _documentMentionsAsOf = document.Source.Span.Contains(AsOfArgument.Name.AsSpan(), StringComparison.Ordinal);

    /// <summary>The request's memo (one per request, in its user context like the loaders).</summary>
    public static RelationshipPlanMemo For(IResolveFieldContext context) =>
        RequestItems.GetOrAdd(context, UserContextKey, () => new RelationshipPlanMemo(context.Document));

    /// <summary>What <paramref name="plan"/> gives for this field, computed on the field's first parent.</summary>
    public (PlannedNeighbours Planned, PageWindow Window) Get(
        IResolveFieldContext context, Func<IResolveFieldContext, (PlannedNeighbours Planned, PageWindow Window)> plan)
    {
        var key = (context.FieldAst, (IFieldType)context.FieldDefinition, _documentMentionsAsOf ? AsOfArgument.Inherited(context) : null);
        lock (_gate)
        {
            if (_plans.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var planned = plan(context);
        lock (_gate)
        {
            _plans.TryAdd(key, planned);
        }

        return planned;
    }
}
