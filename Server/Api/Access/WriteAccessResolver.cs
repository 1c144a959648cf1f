using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Api.Documents;
using GraphServer.Schema.Mutations;
using GraphServer.Store.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Access;

/// <summary>
/// Every mutation field: editors and above only (anyone else gets null and <c>FORBIDDEN</c> at its path, before anything
/// is read or written), and each successful write appended to the audit log with who, the operation, its input
/// (personal values redacted) and the ids it touched, before the answer goes out.
/// </summary>
internal sealed partial class WriteAccessResolver(IFieldResolver inner) : IFieldResolver
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

        var result = await inner.ResolveAsync(context).ConfigureAwait(false);
        if (result is MutationPayload { Succeeded: true } payload)
        {
            await AuditAsync(context, role, payload).ConfigureAwait(false);
        }

        return result;
    }

    private static async Task AuditAsync(IResolveFieldContext context, AccessRole role, MutationPayload payload)
    {
        var services = context.RequestServices!;
        try
        {
            var store = await services.GetRequiredService<AccessStoreHolder>().GetAsync().ConfigureAwait(false);
            var input = VariableRedaction.Redact(context.GetArgument<Dictionary<string, object?>>("input"));
            await store.AppendAsync(new AuditRecord(
                CallerClaims.CallerOf(context.User), AccessRoles.NameOf(role), payload.AuditKind,
                context.Operation.Name?.StringValue ?? context.FieldDefinition.Name, DocumentHash.Of(context.Document.Source.ToString()),
                JsonSerializer.Serialize(new Dictionary<string, object?> { [context.FieldDefinition.Name] = input }),
                payload.TouchedIds), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is committed and cannot be taken back; a lost audit entry must at least be loud in the log.
            LogAuditFailed(services.GetRequiredService<ILogger<WriteAccessResolver>>(), e, context.FieldDefinition.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit entry of the committed write {Field}")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception, string field);
}
