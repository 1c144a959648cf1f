using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Net.Http.Headers;

namespace GraphServer.Api.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP spec, "watershed" rules): GET and POST on /graphql, JSON bodies,
/// <c>application/graphql-response+json</c> by default. Each concern is one small method.
/// </summary>
internal sealed class GraphQLHttpEndpoint(IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer)
{
    public async Task HandleAsync(HttpContext context)
    {
        var responseType = ChooseResponseType(context.Request);
        if (responseType is null)
        {
            // Spec §Accept: a server MAY respond 406 when it can produce none of the accepted types.
            context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }

        GraphQLRequest? request;
        if (HttpMethods.IsPost(context.Request.Method))
        {
            if (!IsJson(context.Request.ContentType))
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                return;
            }

            request = await ReadBodyAsync(context, responseType).ConfigureAwait(false);
        }
        else if (HttpMethods.IsGet(context.Request.Method))
        {
            request = await ReadQueryStringAsync(context, responseType).ConfigureAwait(false);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, POST";
            return;
        }

        if (request is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteRequestErrorAsync(context, responseType, "The request has no query.").ConfigureAwait(false);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
        }).ConfigureAwait(false);

        // Spec: under application/graphql-response+json, a request that never executed (parse or validation error) is 400.
        var status = responseType == MediaTypes.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(context, responseType, status, result).ConfigureAwait(false);
    }

    private static string? ChooseResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return MediaTypes.GraphQLResponse;
        }

        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.MediaType.Equals(MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("*/*", StringComparison.Ordinal) || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypes.GraphQLResponse;
            }

            if (type.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypes.Json;
            }
        }

        return null;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase);

    private async Task<GraphQLRequest?> ReadBodyAsync(HttpContext context, string responseType)
    {
        try
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
            if (request is null)
            {
                await WriteRequestErrorAsync(context, responseType, "The body must be a JSON object with a query.").ConfigureAwait(false);
            }

            return request;
        }
        catch (JsonException e)
        {
            await WriteRequestErrorAsync(context, responseType, $"The body is not a valid GraphQL request: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    private async Task<GraphQLRequest?> ReadQueryStringAsync(HttpContext context, string responseType)
    {
        var query = context.Request.Query;
        try
        {
            return new GraphQLRequest
            {
                Query = query["query"],
                OperationName = query["operationName"],
                Variables = ParseObject(query["variables"]),
                Extensions = ParseObject(query["extensions"]),
            };
        }
        catch (JsonException e)
        {
            await WriteRequestErrorAsync(context, responseType, $"variables and extensions must be JSON objects: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    private Inputs? ParseObject(string? json) => string.IsNullOrEmpty(json) ? null : serializer.Deserialize<Inputs>(json);

    private Task WriteRequestErrorAsync(HttpContext context, string responseType, string message) =>
        WriteAsync(context, responseType, StatusCodes.Status400BadRequest, new ExecutionResult
        {
            Errors = [new ExecutionError(message) { Code = "INVALID_REQUEST" }],
        });

    private async Task WriteAsync(HttpContext context, string responseType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }
}
