using GraphServer.Store.Access;

namespace GraphServer.Api.Access;

/// <summary>
/// Writes one audit entry per request that read personal data (GraphQL fields or export columns), after the handler
/// has run and before the request completes. Writes (mutations) append through the same contract.
/// </summary>
internal sealed partial class AuditTrail(AccessStoreHolder access, ILogger<AuditTrail> logger)
{
    public const string ReadPersonal = "read-personal";

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        await next().ConfigureAwait(false);
        if (context.Items[PersonalReadLog.ItemKey] is not PersonalReadLog { IsEmpty: false } log)
        {
            return;
        }

        try
        {
            var store = await access.GetAsync().ConfigureAwait(false);
            await store.AppendAsync(new AuditRecord(
                CallerClaims.CallerOf(context.User), AccessRoles.NameOf(CallerClaims.RoleOf(context.User)), ReadPersonal,
                log.OperationName, log.OperationHash, log.Variables, log.Ids), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The answer is already on its way; a lost audit entry must at least be loud in the log.
            LogAuditFailed(logger, e, context.TraceIdentifier);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit entry of request {TraceId}")]
    private static partial void LogAuditFailed(ILogger logger, Exception exception, string traceId);
}
