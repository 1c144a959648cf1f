using System.Diagnostics;
using GraphQL.Execution;
using GraphServer.Store;

namespace GraphServer.Api.Errors;

/// <summary>
/// Logs an unanticipated exception with a trace id and replaces it with an <see cref="UnexpectedError"/>; a store
/// outage becomes a <see cref="StoreUnavailableError"/> instead.
/// </summary>
internal sealed partial class UnexpectedErrorHandler(ILogger<UnexpectedErrorHandler> logger)
{
    public Task HandleAsync(UnhandledExceptionContext context, string requestTraceId)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? requestTraceId;
        if (StoreUnavailableException.IsUnavailable(context.OriginalException))
        {
            // An outage, not a bug: one line without the stack, once per failed field.
            LogUnavailable(logger, traceId, context.OriginalException.GetType().Name, context.OriginalException.Message);
            context.Exception = new StoreUnavailableError(traceId, context.OriginalException);
            return Task.CompletedTask;
        }

        LogUnexpected(logger, context.OriginalException, traceId, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
        context.Exception = new UnexpectedError(traceId, context.OriginalException);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store unavailable {TraceId}: {ErrorType}: {ErrorMessage}")]
    private static partial void LogUnavailable(ILogger logger, string traceId, string errorType, string errorMessage);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error {TraceId} at {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId, string path);
}
