using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Planning;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// The object type of one node label: a field per public property, resolved from <see cref="GraphNode"/>. Personal
/// properties are not in the public schema at all (a masked field would still tell who has a value); the access
/// issue brings them back for the roles allowed to see them.
/// </summary>
internal static class NodeObjectTypeGenerator
{
    public static ObjectGraphType Create(NodeType type, SharedTypes shared)
    {
        var objectType = new ObjectGraphType { Name = type.Label, Description = type.Description };
        foreach (var property in PublicProperties(type))
        {
            var scalar = shared.TypeOf(type.Label, property);
            var name = property.Name;
            objectType.AddField(PropertyReads.Mark(new FieldType
            {
                Name = name,
                Description = property.Description,
                ResolvedType = property.IsRequired ? new NonNullGraphType(scalar) : scalar,
                Resolver = new FuncFieldResolver<object?>(context => ((GraphNode)context.Source!)[name]),
            }, name));
            if (property.Kind == PropertyKind.Date)
            {
                objectType.AddField(PropertyReads.Mark(DatePrecisionFields.For(name, shared, source => ((GraphNode)source)[name]), name));
            }
        }

        return objectType;
    }

    /// <summary>What the public schema shows of a label: no personal data, and provenance only as the sources field.</summary>
    public static IEnumerable<PropertyDefinition> PublicProperties(NodeType type) =>
        type.Properties.Where(p => !p.IsPersonal && p.Name != CommonProperties.SourceIds);
}
