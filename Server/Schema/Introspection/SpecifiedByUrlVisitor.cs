using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphServer.Schema.Types;

namespace GraphServer.Schema.Introspection;

/// <summary>
/// Adds <c>__Type.specifiedByURL</c> (GraphQL October 2021 introspection), which GraphQL.NET 8 lacks: the url of a
/// scalar's <c>@specifiedBy</c>, null for every other type.
/// </summary>
internal sealed class SpecifiedByUrlVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name != "__Type" || type.HasField("specifiedByURL"))
        {
            return;
        }

        type.AddField(new FieldType
        {
            Name = "specifiedByURL",
            ResolvedType = schema.AllTypes["String"],
            Resolver = new FuncFieldResolver<object?>(context => context.Source is ScalarGraphType scalar
                ? scalar.FindAppliedDirective(SpecifiedByDirective.DirectiveName)?.FindArgument("url")?.Value
                : null),
        });
    }
}
