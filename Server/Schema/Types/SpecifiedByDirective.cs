using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphServer.Schema.Types;

/// <summary>
/// <c>@specifiedBy(url:)</c> of GraphQL October 2021 (§3.13.5): names the specification a custom scalar follows.
/// GraphQL.NET 8 does not define it, so we do; <see cref="Introspection.SpecifiedByUrlVisitor"/> exposes it.
/// </summary>
internal sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";

    public SpecifiedByDirective()
        : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "url",
            Description = "The URL that specifies the behaviour of this scalar.",
        });
    }

    /// <summary>A built-in directive of the spec, listed by __schema.directives (GraphQL.NET would hide a type-system one).</summary>
    public override bool? Introspectable => true;
}
