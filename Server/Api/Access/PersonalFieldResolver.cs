using GraphQL;
using GraphQL.Resolvers;
using GraphServer.Store;
using GraphServer.Store.Access;

namespace GraphServer.Api.Access;

/// <summary>
/// A personal property's field: analysts and above get the value (and the read is noted for the audit log); anyone
/// else gets <c>FORBIDDEN</c> at this path, whether or not the node has a value, so the error itself tells nothing.
/// </summary>
internal sealed class PersonalFieldResolver(IFieldResolver? inner, string label, string property) : IFieldResolver
{
    public const AccessRole Required = AccessRole.Analyst;

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var role = CallerClaims.RoleOf(context.User);
        if (role < Required)
        {
            throw new ExecutionError($"{label}.{property} is personal data: the {AccessRoles.NameOf(role)} role may not read it "
                + $"({AccessRoles.NameOf(Required)} and above may).")
            {
                Code = AccessErrorCodes.Forbidden,
            };
        }

        var value = inner is null ? (context.Source as GraphNode)?[property] : await inner.ResolveAsync(context).ConfigureAwait(false);
        PersonalReadLog.Of(context)?.Add(context, (context.Source as GraphNode)?.Id);
        return value;
    }
}
