using GraphQL;
using GraphQLParser.AST;

namespace GraphServer.Schema.Generation;

/// <summary>
/// Whether a field's selection asks for <c>sources</c> of what it returns, so the store fills them in the same call
/// (<c>WithSources</c>) only when they will be read. Looks through the shapes a node can take below a field: the node
/// itself, a connection's <c>nodes</c> and <c>edges</c> (the edge's own sources too), and an edge's <c>node</c>, with
/// fragments followed. Directives are not evaluated: a skipped <c>sources</c> still counts, which only costs a join.
/// </summary>
internal static class SelectionProbe
{
    private const string Sources = "sources";
    private static readonly string[] Wrappers = ["nodes", "edges", "node"];

    public static bool AsksForSources(IResolveFieldContext context) =>
        context.FieldAst.SelectionSet is { } selection && Asks(selection, context.Document, depth: 0);

    private static bool Asks(GraphQLSelectionSet selectionSet, GraphQLDocument document, int depth)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                GraphQLField field when field.Name.StringValue == Sources => true,
                GraphQLField field when depth < Wrappers.Length && field.SelectionSet is { } inner
                    && Wrappers.Contains(field.Name.StringValue) => Asks(inner, document, depth + 1),
                GraphQLInlineFragment fragment => Asks(fragment.SelectionSet, document, depth),
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue) is { } definition
                    && Asks(definition.SelectionSet, document, depth),
                _ => false,
            };
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
