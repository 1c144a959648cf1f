using System.Diagnostics;
using GraphQL.Execution;

namespace GraphServer.Api.Errors;

/// <summary>Logs an unanticipated exception with a trace id and replaces it with an <see cref="UnexpectedError"/>.</summary>
internal sealed partial class UnexpectedErrorHandler(ILogger<UnexpectedErrorHandler> logger)
{
    public Task HandleAsync(UnhandledExceptionContext context, string requestTraceId)
    {
        var traceId = Activity.Current?.TraceId.ToString() ?? requestTraceId;
        LogUnexpected(logger, context.OriginalException, traceId, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
        context.Exception = new UnexpectedError(traceId, context.OriginalException);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error {TraceId} at {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId, string path);
}
