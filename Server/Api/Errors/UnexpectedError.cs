using GraphQL;

namespace GraphServer.Api.Errors;

/// <summary>
/// What a client sees of an exception we did not anticipate: a fixed message and the trace id that finds the
/// details in the log. The exception itself rides along for Development, where the error details are exposed.
/// </summary>
#pragma warning disable CA1032 // Only ever built from a caught exception.
internal sealed class UnexpectedError : ExecutionError
#pragma warning restore CA1032
{
    public const string ErrorCode = "UNEXPECTED_ERROR";

    public UnexpectedError(string traceId, Exception exception)
        : base("Unexpected error", exception)
    {
        Code = ErrorCode;
        Extensions = new Dictionary<string, object?> { ["traceId"] = traceId };
    }
}
