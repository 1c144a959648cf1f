namespace GraphServer.Api.Http;

/// <summary>
/// A request the endpoint refuses before GraphQL sees it (wrong method, media type, size, shape). Thrown by the readers
/// and turned into one response in <see cref="GraphQLHttpEndpoint"/>; the status codes cite the GraphQL-over-HTTP draft.
/// </summary>
#pragma warning disable CA1032 // Only ever built with a status, code and message.
internal sealed class HttpProblem(int status, string code, string message) : Exception(message)
#pragma warning restore CA1032
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    /// <summary>For 405: the methods that would have been accepted.</summary>
    public string? Allow { get; init; }

    public static HttpProblem BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
