using GraphQL.Types;
using GraphServer.Model;

namespace GraphServer.Schema.Generation;

/// <summary>
/// <c>XSortInput</c>: one optional <c>SortEnumType</c> field per scalar property. Personal properties are left out, as
/// in the filter inputs: ordering by a date of birth would leak it through the order even where the value is masked.
/// </summary>
internal static class SortInputGenerator
{
    public static InputObjectGraphType Create(NodeType type, SharedTypes shared)
    {
        var input = new InputObjectGraphType
        {
            Name = Names.SortInput(type.Label),
            Description = $"Ordering keys for {type.Label}; give one property per list item, earlier items first.",
            // One key per item, so that the list alone says which key is more significant (@oneOf, GraphQL September 2025).
            IsOneOf = true,
        };
        foreach (var property in type.Properties.Where(p => p.Kind != PropertyKind.StringList && !p.IsPersonal))
        {
            input.AddField(new FieldType { Name = property.Name, ResolvedType = shared.Sort, Description = property.Description });
        }

        return input;
    }
}
