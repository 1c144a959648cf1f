using GraphQL.Types;
using GraphQLParser.AST;
using GraphServer.Model;

namespace GraphServer.Schema.Planning;

/// <summary>
/// The stored properties a selection reads of the nodes (and relationships) a field returns: the fields marked with
/// <see cref="PropertyReads"/>, followed through fragments and aliases, and <c>id</c> always (every reader needs it);
/// in ordinal order, so one set of names is one plan shape.
/// Null means every property: some field may read any (a hand-written field, one without the mark). Fields and fragments
/// that carry a directive count as selected, whatever it will decide: asking for a property too many costs a db hit,
/// one too few would lose a value.
/// </summary>
internal sealed record SelectedProperties(IReadOnlyList<string>? Node, IReadOnlyList<string>? Edge)
{
    private static readonly string[] EdgeFieldsWithoutProperties = ["cursor", "node", "__typename"];

    /// <summary>Whether an answer read with this projection holds everything <paramref name="needed"/> reads.</summary>
    public bool Covers(SelectedProperties needed) => Holds(Node, needed.Node) && Holds(Edge, needed.Edge);

    /// <summary>What a relationship field occurrence reads: of its far nodes, and of its relationships (edges' fields).</summary>
    public static SelectedProperties OfRelationship(GraphQLField field, IFieldType definition, bool isConnection, ISchema schema, GraphQLDocument document) =>
        SelectedPropertiesMemo.Get(field, definition, isConnection, () => ComputeOfRelationship(field, definition, isConnection, schema, document));

    private static SelectedProperties ComputeOfRelationship(
        GraphQLField field, IFieldType definition, bool isConnection, ISchema schema, GraphQLDocument document)
    {
        var type = Unwrap(definition.ResolvedType!);
        if (!isConnection || type is not IObjectGraphType connection)
        {
            return new(OfNodes([field.SelectionSet], type, schema, document), []);
        }

        var nodeSets = new List<GraphQLSelectionSet?>();
        nodeSets.AddRange(SelectionFields.Named("nodes", field.SelectionSet, connection, schema, document, withDirectives: true)
            .Select(f => f.SelectionSet));
        IReadOnlyList<string>? edge = [];
        if (connection.GetField("edges") is { } edges && Unwrap(edges.ResolvedType!) is IObjectGraphType edgeType)
        {
            var edgeSets = SelectionFields.Named("edges", field.SelectionSet, connection, schema, document, withDirectives: true)
                .Select(f => f.SelectionSet).ToList();
            nodeSets.AddRange(edgeSets.SelectMany(set =>
                SelectionFields.Named("node", set, edgeType, schema, document, withDirectives: true).Select(f => f.SelectionSet)));
            edge = OfEdges(edgeSets, edgeType, schema, document);
        }

        var nodeType = connection.GetField("nodes") is { } nodesField ? Unwrap(nodesField.ResolvedType!) : type;
        return new(OfNodes(nodeSets, nodeType, schema, document), edge);
    }

    /// <summary>The properties the sets read of nodes of <paramref name="nodeType"/> (each of its object types), id first.</summary>
    public static IReadOnlyList<string>? OfNodes(
        IEnumerable<GraphQLSelectionSet?> sets, IGraphType nodeType, ISchema schema, GraphQLDocument document)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var types = nodeType switch
        {
            IObjectGraphType one => [one],
            IAbstractGraphType many => many.PossibleTypes.ToList(),
            _ => [],
        };
        foreach (var set in sets)
        {
            foreach (var type in types)
            {
                foreach (var field in SelectionFields.Of(set, type, schema, document, withDirectives: true))
                {
                    var name = field.Name.StringValue;
                    if (name == "__typename")
                    {
                        continue;
                    }

                    var definition = type.GetField(name);
                    if (definition is not null && PlannableRelationship.Of(definition) is not null)
                    {
                        continue; // A relationship field reads only its parent's id.
                    }

                    if (definition is null || PropertyReads.Of(definition) is not { } read)
                    {
                        return null;
                    }

                    names.UnionWith(read);
                }
            }
        }

        names.Add(CommonProperties.Id);
        return [.. names];
    }

    /// <summary>The union of two projections (null, every property, absorbs the other).</summary>
    public static IReadOnlyList<string>? Union(IReadOnlyList<string>? left, IReadOnlyList<string>? right) =>
        left is null || right is null ? null : [.. left.Union(right, StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string>? OfEdges(
        IEnumerable<GraphQLSelectionSet?> sets, IObjectGraphType edgeType, ISchema schema, GraphQLDocument document)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in sets.SelectMany(set => SelectionFields.Of(set, edgeType, schema, document, withDirectives: true)))
        {
            if (EdgeFieldsWithoutProperties.Contains(field.Name.StringValue))
            {
                continue;
            }

            if (edgeType.GetField(field.Name.StringValue) is not { } definition || PropertyReads.Of(definition) is not { } read)
            {
                return null;
            }

            names.UnionWith(read);
        }

        return [.. names];
    }

    private static bool Holds(IReadOnlyList<string>? held, IReadOnlyList<string>? needed) =>
        held is null || (needed is not null && needed.All(held.Contains));

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };
}
