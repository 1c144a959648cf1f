using System.Text.Json;
using GraphQL;
using GraphServer.Api.Documents;
using GraphServer.Schema.Mutations;
using GraphServer.Store.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Access;

/// <summary>
/// The two audit entries of every write. The attempt (who, the operation and its input with personal values redacted)
/// is appended BEFORE the write and the write does not start unless it is stored, so a crash between the write's commit
/// and its outcome leaves an attempt without an outcome, never a write without an entry. The outcome (<c>write</c> or
/// <c>import</c> with the ids touched, <c>write-refused</c> with the payload's error types, <c>write-failed</c>) names
/// its attempt's sequence number instead of repeating the input.
/// </summary>
internal static partial class WriteAudit
{
    public const string UnavailableCode = "AUDIT_UNAVAILABLE";

    /// <summary>Stores the attempt, or refuses the write with <see cref="UnavailableCode"/> when the log cannot take it.</summary>
    public static async Task<long> AttemptAsync(IResolveFieldContext context, AccessRole role)
    {
        var services = context.RequestServices!;
        try
        {
            var store = await services.GetRequiredService<AccessStoreHolder>().GetAsync().ConfigureAwait(false);
            var input = VariableRedaction.Redact(context.GetArgument<Dictionary<string, object?>>("input"));
            var entry = await store.AppendAsync(Record(context, role, AuditKinds.WriteAttempt,
                JsonSerializer.Serialize(new Dictionary<string, object?> { [context.FieldDefinition.Name] = input }), []),
                CancellationToken.None).ConfigureAwait(false);
            return entry.Sequence;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogAttemptFailed(services.GetRequiredService<ILogger<WriteAccessResolver>>(), e, context.FieldDefinition.Name);
            throw new ExecutionError($"{context.FieldDefinition.Name} was not attempted: its audit entry could not be stored, and no "
                + "write happens unaudited. Nothing was written; try again when the audit log is available.")
            {
                Code = UnavailableCode,
            };
        }
    }

    /// <summary>The write's outcome: what it touched, the error types it was refused with, or that it failed.</summary>
    public static Task OutcomeAsync(IResolveFieldContext context, AccessRole role, long attempt, MutationPayload payload) =>
        payload.Succeeded
            ? AppendOutcomeAsync(context, role, payload.AuditKind, new { attempt }, payload.TouchedIds)
            : AppendOutcomeAsync(
                context, role, AuditKinds.WriteRefused, new { attempt, errors = payload.Errors.Select(e => e.TypeName).Distinct() }, []);

    public static Task FailedAsync(IResolveFieldContext context, AccessRole role, long attempt, Exception failure) =>
        AppendOutcomeAsync(
            context, role, AuditKinds.WriteFailed, new { attempt, error = (failure as ExecutionError)?.Code ?? failure.GetType().Name },
            []);

    private static async Task AppendOutcomeAsync(IResolveFieldContext context, AccessRole role, string kind, object variables,
        IReadOnlyList<string> touchedIds)
    {
        var services = context.RequestServices!;
        try
        {
            var store = await services.GetRequiredService<AccessStoreHolder>().GetAsync().ConfigureAwait(false);
            await store.AppendAsync(Record(context, role, kind, JsonSerializer.Serialize(variables), touchedIds), CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is done and cannot be taken back; its attempt is stored, and a lost outcome must be loud in the log.
            LogOutcomeFailed(services.GetRequiredService<ILogger<WriteAccessResolver>>(), e, context.FieldDefinition.Name);
        }
    }

    private static AuditRecord Record(
        IResolveFieldContext context, AccessRole role, string kind, string variables, IReadOnlyList<string> touchedIds) =>
        new(CallerClaims.CallerOf(context.User), AccessRoles.NameOf(role), kind,
            context.Operation.Name?.StringValue ?? context.FieldDefinition.Name, DocumentHash.Of(context.Document.Source.ToString()),
            variables, touchedIds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the audit attempt of {Field}; the write was refused")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string field);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the audit outcome of the write {Field}")]
    private static partial void LogOutcomeFailed(ILogger logger, Exception exception, string field);
}
