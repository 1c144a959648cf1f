using GraphQL.Types;
using GraphServer.Model;

namespace GraphServer.Schema.Types;

/// <summary><c>NodeLabel</c>: the model's labels as an enumeration, for arguments that pick node types (search).</summary>
internal sealed class NodeLabelType : EnumerationGraphType
{
    public NodeLabelType(GraphModel model)
    {
        Name = "NodeLabel";
        Description = "A node label of the graph model.";
        foreach (var type in model.NodeTypes)
        {
            Add(type.Label, type.Label, type.Description);
        }
    }
}
