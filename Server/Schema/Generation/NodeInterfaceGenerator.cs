using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// The <c>Node</c> interface: the properties every node type of the model declares alike (id and provenance), so a
/// field that returns nodes of any label (search, paths, neighbourhood) can be queried without a fragment per label
/// (<c>__typename</c> names the label).
/// An interface rather than a union because those common fields are what a graph view and an export need first.
/// </summary>
internal static class NodeInterfaceGenerator
{
    public static InterfaceGraphType Create(GraphModel model, SharedTypes shared, IReadOnlyDictionary<string, ObjectGraphType> objectTypes)
    {
        var node = new InterfaceGraphType
        {
            Name = "Node",
            Description = "Any node of the graph: its id and where its facts come from.",
            ResolveType = value => value is GraphNode graphNode ? objectTypes[graphNode.Label] : null,
        };
        foreach (var property in Common(model))
        {
            var scalar = shared.TypeOf(model.NodeTypes[0].Label, property);
            node.AddField(new FieldType
            {
                Name = property.Name,
                Description = property.Description,
                ResolvedType = property.IsRequired ? new NonNullGraphType(scalar) : scalar,
            });
        }

        foreach (var objectType in objectTypes.Values)
        {
            objectType.AddResolvedInterface(node);
            node.AddPossibleType(objectType);
        }

        return node;
    }

    /// <summary>Properties declared with the same name, kind and requiredness on every node type, in declaration order.</summary>
    private static IEnumerable<PropertyDefinition> Common(GraphModel model) =>
        NodeObjectTypeGenerator.PublicProperties(model.NodeTypes[0]).Where(p => model.NodeTypes.All(t =>
            NodeObjectTypeGenerator.PublicProperties(t).FirstOrDefault(o => o.Name == p.Name) is { } other
            && other.Kind == p.Kind && other.IsRequired == p.IsRequired
            && (other.AllowedValues ?? []).SequenceEqual(p.AllowedValues ?? [])));
}
