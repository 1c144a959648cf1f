using GraphQL.Types;
using GraphServer.Model;

namespace GraphServer.Schema.Types;

/// <summary><c>RelationshipTypeName</c>: the model's relationship types, for arguments that pick which to follow.</summary>
internal sealed class RelationshipTypeNameType : EnumerationGraphType
{
    public RelationshipTypeNameType(GraphModel model)
    {
        Name = "RelationshipTypeName";
        Description = "A relationship type of the graph model.";
        foreach (var type in model.RelationshipTypes)
        {
            Add(type.Type, type.Type, type.Description);
        }
    }
}
