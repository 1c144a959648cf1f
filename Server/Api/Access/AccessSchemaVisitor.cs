using GraphQL.Types;
using GraphQL.Utilities;
using GraphServer.Model;
using GraphServer.Schema.Aggregation;
using GraphServer.Schema.Planning;

namespace GraphServer.Api.Access;

/// <summary>
/// Applies the role rules to the generated schema, from the model's Personal flag alone (no list of names here):
/// <list type="bullet">
/// <item>every personal property of a label is a field of that label's object type (added where the generator left it
/// out), resolved only for analysts and above; a viewer gets <c>FORBIDDEN</c> at its path and the rest of the answer;</item>
/// <item>every <c>totalCount</c> becomes nullable and, for viewers, a count below k is null with
/// <c>SMALL_COUNT_SUPPRESSED</c> at its path; so do the counts the schema marks (<see cref="SmallCounts"/>).</item>
/// </list>
/// Filters, sort keys and search never offer personal properties to anyone (the generators leave them out and the text
/// index never holds them), so a viewer cannot learn a value by probing: see Server/README.md, "Access".
/// </summary>
internal sealed class AccessSchemaVisitor(GraphModel model, int smallCountThreshold) : BaseSchemaNodeVisitor
{
    public const string TotalCount = "totalCount";

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (model.NodeTypes.FirstOrDefault(n => n.Label == type.Name) is { } node)
        {
            foreach (var property in node.Properties.Where(p => p.IsPersonal))
            {
                var field = type.GetField(property.Name) ?? AddField(type, property, schema);
                if (field.Resolver is not PersonalFieldResolver)
                {
                    field.Resolver = new PersonalFieldResolver(field.Resolver, node.Label, property.Name);
                }
            }
        }

        if (type.GetField(TotalCount) is { } count && count.Resolver is not SmallCountResolver)
        {
            if (count.ResolvedType is NonNullGraphType { ResolvedType: { } inner })
            {
                count.ResolvedType = inner;
            }

            count.Resolver = new SmallCountResolver(count.Resolver!, smallCountThreshold);
        }

        // Other counts the schema marks (aggregate groups, funnel stages) are already nullable and get the same rule.
        foreach (var marked in type.Fields.Where(f => SmallCounts.IsMarked(f) && f.Resolver is not SmallCountResolver))
        {
            marked.Resolver = new SmallCountResolver(marked.Resolver!, smallCountThreshold);
        }
    }

    private static FieldType AddField(IObjectGraphType type, PropertyDefinition property, ISchema schema)
    {
        var scalar = property.Kind switch
        {
            PropertyKind.Date => "Date",
            PropertyKind.Integer => "Int",
            PropertyKind.Float => "Float",
            PropertyKind.Boolean => "Boolean",
            _ => "String",
        };
        var field = new FieldType
        {
            Name = property.Name,
            Description = property.Description + " Personal: analysts and above.",
            ResolvedType = schema.AllTypes[scalar] ?? schema.AllTypes["String"],
        };
        type.AddField(PropertyReads.Mark(field, property.Name)); // A compiled read fetches it when selected.
        return field;
    }
}
