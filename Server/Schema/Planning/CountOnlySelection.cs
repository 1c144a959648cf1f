using GraphQL;
using GraphQLParser.AST;
using GraphServer.Schema.Aggregation;

namespace GraphServer.Schema.Planning;

/// <summary>
/// Whether a relationship connection is asked only for what needs no rows: <c>totalCount</c>, <c>aggregate</c> and
/// <c>__typename</c> (a funnel's <c>citizens(where: …) { totalCount }</c>). Such a field reads no page: its count comes
/// from the store's count (a <c>COUNT {}</c> on Neo4j, <c>count(*)</c> on the embedded store) and no row is fetched,
/// ordered or cut. Anything else, a directive anywhere or an unknown fragment answers false: rows are read as before.
/// </summary>
internal static class CountOnlySelection
{
    private static readonly string[] CountFields = ["totalCount", AggregateFieldGenerator.FieldName, "__typename"];

    /// <summary>
    /// Reads the field's own selection set. GraphQL.NET hands a resolver one field whose selection set merges every
    /// occurrence of the same response name, and the planner asks per occurrence (it reads rows when any occurrence
    /// needs them), so the two never disagree in the direction that would lose rows.
    /// </summary>
    public static bool Of(IResolveFieldContext context) =>
        context.FieldAst.SelectionSet is { } set && Asks(set, context.Document, depth: 0);

    private static bool Asks(GraphQLSelectionSet set, GraphQLDocument document, int depth)
    {
        if (depth > 8)
        {
            return false; // Fragments nested this deep are not worth following: read rows.
        }

        foreach (var selection in set.Selections)
        {
            var countOnly = selection switch
            {
                GraphQLField field => field.Directives is not { Items.Count: > 0 } && CountFields.Contains(field.Name.StringValue),
                GraphQLInlineFragment inline => inline.Directives is not { Items.Count: > 0 } && Asks(inline.SelectionSet, document, depth + 1),
                GraphQLFragmentSpread spread => spread.Directives is not { Items.Count: > 0 }
                    && document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue) is { } definition
                    && definition.Directives is not { Items.Count: > 0 }
                    && Asks(definition.SelectionSet, document, depth + 1),
                _ => false,
            };
            if (!countOnly)
            {
                return false;
            }
        }

        return set.Selections.Count > 0;
    }
}
