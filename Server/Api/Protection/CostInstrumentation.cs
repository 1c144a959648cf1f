using GraphQL;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace GraphServer.Api.Protection;

/// <summary>
/// Wraps the complexity delegate of every field of a schema (and of the introspection meta fields) so that, when a
/// <see cref="CostBreakdown"/> is in the validation's user context, each field reports its cost to it. GraphQL.NET's
/// analyzer keeps its running totals to itself; this is how the too-complex error learns which fields cost most.
/// Without a breakdown in the context a field costs one dictionary look-up more.
/// </summary>
internal static class CostInstrumentation
{
    private const string Instrumented = "GraphServer.CostInstrumented";

    public static TSchema WithCostBreakdown<TSchema>(this TSchema schema)
        where TSchema : ISchema
    {
        var fields = schema.AllTypes
            .Where(t => t is IObjectGraphType or IInterfaceGraphType)
            .SelectMany(t => ((IComplexGraphType)t).Fields)
            .Concat([schema.SchemaMetaFieldType, schema.TypeMetaFieldType, schema.TypeNameMetaFieldType]);
        foreach (var field in fields.Where(f => !f.HasMetadata(Instrumented)))
        {
            var own = field.GetComplexityImpactDelegate();
            var takesFirst = field.Arguments?.Find("first") is not null;
            field.WithMetadata(Instrumented, true);
            field.WithComplexityImpact(context =>
            {
                var result = own?.Invoke(context) ?? context.Configuration.DefaultComplexityImpactDelegate(context);
                if (context.ValidationContext.UserContext.TryGetValue(CostBreakdown.UserContextKey, out var value) && value is CostBreakdown breakdown)
                {
                    var firstGiven = context.Arguments?.ContainsKey("first") == true || context.Arguments?.ContainsKey("last") == true;
                    breakdown.Record(PathOf(context), result.FieldImpact, result.ChildImpactMultiplier, takesFirst, firstGiven);
                }

                return result;
            });
        }

        return schema;
    }

    /// <summary>Response names (alias or field name) from the root down to this field.</summary>
    private static List<string> PathOf(FieldImpactContext context)
    {
        var path = new List<string> { ResponseName(context) };
        for (var parent = context.Parent; parent is { } field; parent = field.Parent)
        {
            path.Add(ResponseName(field));
        }

        path.Reverse();
        return path;
    }

    private static string ResponseName(FieldImpactContext context) =>
        context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;
}
