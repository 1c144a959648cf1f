using GraphQL;

namespace GraphServer.Api.Errors;

/// <summary>What a client sees while the store cannot be reached: retry later, nothing is wrong with the request.</summary>
#pragma warning disable CA1032 // Only ever built from the store's failure.
internal sealed class StoreUnavailableError : ExecutionError
#pragma warning restore CA1032
{
    public const string ErrorCode = "STORE_UNAVAILABLE";

    public StoreUnavailableError(string traceId, Exception exception)
        : base("The graph store is unavailable; try again in a few seconds.", exception)
    {
        Code = ErrorCode;
        Extensions = new Dictionary<string, object?> { ["traceId"] = traceId };
    }
}
