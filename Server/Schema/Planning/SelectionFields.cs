using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphServer.Schema.Planning;

/// <summary>
/// The fields a selection set asks of an object type, with fragment spreads and inline fragments followed when their
/// type condition holds for that type (the type itself, an interface it implements, a union it belongs to). Anything
/// carrying a directive (@skip, @include, or one the planner does not know) is left out: its resolvers load it as usual;
/// <c>withDirectives</c> keeps it (what a level may read, whatever the directive decides).
/// </summary>
internal static class SelectionFields
{
    public static IEnumerable<GraphQLField> Of(
        GraphQLSelectionSet? selectionSet, IObjectGraphType type, ISchema schema, GraphQLDocument document, bool withDirectives = false)
    {
        if (selectionSet is null)
        {
            yield break;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when withDirectives || field.Directives is not { Items.Count: > 0 }:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline when (withDirectives || inline.Directives is not { Items.Count: > 0 })
                    && Applies(inline.TypeCondition, type, schema):
                    foreach (var field in Of(inline.SelectionSet, type, schema, document, withDirectives))
                    {
                        yield return field;
                    }

                    break;
                case GraphQLFragmentSpread spread when withDirectives || spread.Directives is not { Items.Count: > 0 }:
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (definition is not null && (withDirectives || definition.Directives is not { Items.Count: > 0 })
                        && Applies(definition.TypeCondition, type, schema))
                    {
                        foreach (var field in Of(definition.SelectionSet, type, schema, document, withDirectives))
                        {
                            yield return field;
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The fields named <paramref name="name"/> (by field name, not alias) among <see cref="Of"/>.</summary>
    public static IEnumerable<GraphQLField> Named(
        string name, GraphQLSelectionSet? selectionSet, IObjectGraphType type, ISchema schema, GraphQLDocument document,
        bool withDirectives = false) =>
        Of(selectionSet, type, schema, document, withDirectives).Where(f => f.Name.StringValue == name);

    private static bool Applies(GraphQLTypeCondition? condition, IObjectGraphType type, ISchema schema)
    {
        if (condition is null)
        {
            return true;
        }

        var name = condition.Type.Name.StringValue;
        return name == type.Name
            || type.ResolvedInterfaces.Any(i => i.Name == name)
            || (schema.AllTypes[name] is UnionGraphType union && union.PossibleTypes.Any(t => t.Name == type.Name));
    }
}
