using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>The object type of one node label: a field per declared property, resolved from <see cref="GraphNode"/>.</summary>
internal static class NodeObjectTypeGenerator
{
    public static ObjectGraphType Create(NodeType type, SharedTypes shared)
    {
        var objectType = new ObjectGraphType { Name = type.Label, Description = type.Description };
        foreach (var property in type.Properties)
        {
            var scalar = property.Name == CommonProperties.Id ? shared.Id : shared.Scalar(property.Kind);
            var name = property.Name;
            objectType.AddField(new FieldType
            {
                Name = name,
                Description = property.Description,
                ResolvedType = property.IsRequired ? new NonNullGraphType(scalar) : scalar,
                Resolver = new FuncFieldResolver<object?>(context => ((GraphNode)context.Source!)[name]),
            });
        }

        return objectType;
    }
}
