using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// <c>Relationship</c>: one edge of a path or subgraph, with its type, ends and every relationship property the model
/// declares (those all types share keep their requiredness; the rest are null where a type lacks them). The shape a
/// graph view or a Gephi/Cytoscape export reads.
/// </summary>
internal static class RelationshipObjectTypeGenerator
{
    public static ObjectGraphType Create(GraphModel model, SharedTypes shared)
    {
        var relationship = new ObjectGraphType
        {
            Name = "Relationship",
            Description = "A relationship (from)-[:type]->(to) with its provenance.",
        };
        relationship.AddField(Field("type", new NonNullGraphType(shared.RelationshipTypeName), "The relationship type.", e => e.Type));
        relationship.AddField(Field("from", new NonNullGraphType(shared.Id), "Id of the start node.", e => e.FromId));
        relationship.AddField(Field("to", new NonNullGraphType(shared.Id), "Id of the end node.", e => e.ToId));
        var properties = model.RelationshipTypes.SelectMany(r => r.Properties).DistinctBy(p => p.Name);
        foreach (var property in properties)
        {
            var everywhere = model.RelationshipTypes.All(r => r.FindProperty(property.Name)?.IsRequired == true);
            var owner = model.RelationshipTypes.First(r => r.FindProperty(property.Name) is not null).Type;
            var scalar = shared.TypeOf(owner, property);
            var name = property.Name;
            relationship.AddField(Planning.PropertyReads.Mark(Field(name, everywhere ? new NonNullGraphType(scalar) : scalar, property.Description,
                e => e.Properties.GetValueOrDefault(name)), name));
        }

        return relationship;
    }

    private static FieldType Field(string name, IGraphType type, string description, Func<GraphEdge, object?> resolve) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object?>(context => resolve((GraphEdge)context.Source!)),
    };
}
