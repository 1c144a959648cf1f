using GraphQL.Types;
using GraphServer.Model;

namespace GraphServer.Schema.Generation;

/// <summary><c>XSortInput</c>: one optional <c>SortEnumType</c> field per scalar property.</summary>
internal static class SortInputGenerator
{
    public static InputObjectGraphType Create(NodeType type, SharedTypes shared)
    {
        var input = new InputObjectGraphType
        {
            Name = Names.SortInput(type.Label),
            Description = $"Ordering keys for {type.Label}; give one property per list item, earlier items first.",
        };
        foreach (var property in type.Properties.Where(p => p.Kind != PropertyKind.StringList))
        {
            input.AddField(new FieldType { Name = property.Name, ResolvedType = shared.Sort, Description = property.Description });
        }

        return input;
    }
}
