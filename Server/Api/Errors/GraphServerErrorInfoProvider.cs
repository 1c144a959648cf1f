using GraphQL;
using GraphQL.Execution;

namespace GraphServer.Api.Errors;

/// <summary>
/// How errors are written: message, locations, path and extensions.code always; for an <see cref="UnexpectedError"/>
/// also its trace id, and in Development the exception itself (elsewhere it goes to the log only). Errors the client
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
        if (exposeUnexpectedDetails && executionError is UnexpectedError { InnerException: { } exception })
        {
            var extensions = info.Extensions is null ? [] : new Dictionary<string, object?>(info.Extensions);
            extensions["details"] = exception.ToString();
            info.Extensions = extensions;
        }

        return info;
    }
}
