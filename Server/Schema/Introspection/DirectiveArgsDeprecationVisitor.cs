using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphServer.Schema.Introspection;

/// <summary>
/// Gives <c>__Directive.args</c> the <c>includeDeprecated</c> argument of the GraphQL spec's September 2025 edition
/// (§4.2.8), which GraphQL.NET 8 adds to <c>__Field.args</c> and <c>__Type.inputFields</c> but not here; graphql-js 17
/// sends it when asked for input value deprecation. Without it (or false) deprecated arguments are left out.
/// </summary>
internal sealed class DirectiveArgsDeprecationVisitor : BaseSchemaNodeVisitor
{
    private const string ArgumentName = "includeDeprecated";

    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name != "__Directive" || type.GetField("args") is not { } args || args.Arguments?.Find(ArgumentName) is not null)
        {
            return;
        }

        args.Arguments = new QueryArguments(new QueryArgument(new BooleanGraphType())
        {
            Name = ArgumentName,
            ResolvedType = schema.AllTypes["Boolean"],
            DefaultValue = false,
        });
        args.Resolver = new FuncFieldResolver<object?>(context =>
        {
            IEnumerable<QueryArgument> arguments = ((Directive)context.Source!).Arguments ?? [];
            return context.GetArgument(ArgumentName, false)
                ? arguments.ToList()
                : arguments.Where(a => string.IsNullOrWhiteSpace(a.DeprecationReason)).ToList();
        });
    }
}
