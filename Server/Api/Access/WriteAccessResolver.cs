using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Schema.Mutations;
using GraphServer.Store.Access;

namespace GraphServer.Api.Access;

/// <summary>
/// Every mutation field: editors and above only (anyone else gets null and <c>FORBIDDEN</c> at its path, before anything
/// is read or written), and each write audited by <see cref="WriteAudit"/>: its attempt before it starts (no write without
/// a stored entry) and its outcome before the answer goes out.
/// </summary>
internal sealed class WriteAccessResolver(IFieldResolver inner) : IFieldResolver
{
    public const AccessRole Required = AccessRole.Editor;

    /// <summary>Wraps every field of the Mutation type (none when the schema has no mutations).</summary>
    public static void Guard(IObjectGraphType? mutation)
    {
        foreach (var field in mutation?.Fields ?? [])
        {
            if (field.Resolver is { } resolver and not WriteAccessResolver)
            {
                field.Resolver = new WriteAccessResolver(resolver);
            }
        }
    }

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var role = CallerClaims.RoleOf(context.User);
        if (role < Required)
        {
            throw new ExecutionError($"{context.FieldDefinition.Name} writes to the graph: the {AccessRoles.NameOf(role)} role may not "
                + $"({AccessRoles.NameOf(Required)} and above may).")
            {
                Code = AccessErrorCodes.Forbidden,
            };
        }

        var attempt = await WriteAudit.AttemptAsync(context, role).ConfigureAwait(false);
        object? result;
        try
        {
            result = await inner.ResolveAsync(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await WriteAudit.FailedAsync(context, role, attempt, e).ConfigureAwait(false);
            throw;
        }

        if (result is MutationPayload payload)
        {
            await WriteAudit.OutcomeAsync(context, role, attempt, payload).ConfigureAwait(false);
        }

        return result;
    }
}
