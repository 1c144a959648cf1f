using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphServer.Schema.Introspection;

/// <summary>
/// <c>@oneOf</c> of the GraphQL spec's September 2025 edition (§3.13.6): an input object of which exactly one field
/// is given. GraphQL.NET 8 enforces <see cref="IInputObjectGraphType.IsOneOf"/> and prints it on the type, but does not
/// list the directive in <c>__schema.directives</c>; registering it makes introspection show every built-in directive.
/// </summary>
internal sealed class OneOfDirective : Directive
{
    public const string DirectiveName = "oneOf";

    public OneOfDirective()
        : base(DirectiveName, DirectiveLocation.InputObject)
    {
        Description = "Exactly one field of this input object must be given, and not as null.";
    }

    /// <summary>A built-in directive of the spec, listed by __schema.directives (GraphQL.NET would hide a type-system one).</summary>
    public override bool? Introspectable => true;
}
