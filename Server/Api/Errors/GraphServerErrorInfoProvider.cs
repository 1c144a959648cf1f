using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;

namespace GraphServer.Api.Errors;

/// <summary>
/// How errors are written: message, locations, path, extensions.code and extensions.traceId always; for an
/// <see cref="UnexpectedError"/> in Development the exception itself (elsewhere it goes to the log only). Errors the client
/// caused carry no stack traces anywhere: they are about the request, not about our code.
/// </summary>
internal sealed class GraphServerErrorInfoProvider(bool exposeUnexpectedDetails) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExtensions = true,
    ExposeExceptionDetails = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions is null ? [] : new Dictionary<string, object?>(info.Extensions);
        if (exposeUnexpectedDetails && executionError is UnexpectedError { InnerException: { } exception })
        {
            extensions["details"] = exception.ToString();
        }

        // Every error names the trace of its request, so that a report from a user finds the spans and log lines.
        if (!extensions.ContainsKey("traceId") && Activity.Current is { } activity)
        {
            extensions["traceId"] = activity.TraceId.ToString();
        }

        info.Extensions = extensions.Count == 0 ? null : extensions;
        return info;
    }
}
