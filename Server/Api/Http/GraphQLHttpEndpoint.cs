using System.Collections.Concurrent;
using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphServer.Api.Documents;
using GraphServer.Api.Errors;
using GraphServer.Api.Observability;
using GraphServer.Api.Protection;

namespace GraphServer.Api.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP draft, watershed rules) on GraphQL.NET's executer: negotiate the response
/// type, refuse cross-site simple requests, read the parameters, prepare the document (cached by hash), execute under
/// our limits, and answer with the status the draft gives for the media type. Each step is one small method.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    DocumentPreparer documents,
    ValidationRuleSet rules,
    UnexpectedErrorHandler unexpected,
    RefusedDocumentLog refusals,
    GraphQLHttpOptions options)
{
    /// <summary>HotChocolate's header for asking the cost of a request; <c>extensions.cost: true</c> does the same.</summary>
    public const string CostHeader = "GraphQL-Cost";

    private readonly OperationNameSeries _series = new(options.MaxOperationNameSeries);

    public async Task HandleAsync(HttpContext context)
    {
        var responseType = ResponseMediaType.Choose(context.Request);
        try
        {
            // Draft §Accept: 406 when neither response type is acceptable.
            _ = responseType ?? throw new HttpProblem(StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            CsrfGuard.Check(context.Request);
            var request = await reader.ReadAsync(context.Request, options.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
            var result = await ExecuteAsync(context, request).ConfigureAwait(false);
            await WriteAsync(context, responseType, StatusFor(result, responseType), result).ConfigureAwait(false);
        }
        catch (HttpProblem problem)
        {
            if (problem.Allow is not null)
            {
                context.Response.Headers.Allow = problem.Allow;
            }

            var error = new ExecutionError(problem.Message) { Code = problem.Code };
            await WriteAsync(context, responseType ?? MediaTypes.Json, problem.Status, new ExecutionResult(error)).ConfigureAwait(false);
        }
    }

    /// <summary>Executes under a span named by the operation, and records its latency and store calls by operation name.</summary>
    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request)
    {
        var started = Stopwatch.GetTimestamp();
        var storeCalls = StoreCallCount.Begin();
        using var activity = ApiTelemetry.Source.StartActivity("graphql");
        var operation = new OperationName(request.OperationName ?? OperationNameSeries.Anonymous, "unknown");
        var executed = false;
        try
        {
            var result = await ExecuteDocumentAsync(context, request, found => operation = found).ConfigureAwait(false);
            executed = result.Executed;
            return result;
        }
        finally
        {
            activity?.SetTag("graphql.operation.name", operation.Name);
            activity?.SetTag("graphql.operation.type", operation.Type);
            activity?.SetTag("graphserver.store.calls", storeCalls.Calls);
            if (activity is not null)
            {
                activity.DisplayName = $"graphql {operation.Type} {operation.Name}";
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            ApiTelemetry.RecordOperation(_series.For(operation.Name), operation.Type, executed, elapsed, storeCalls.Calls);
        }
    }

    private async Task<ExecutionResult> ExecuteDocumentAsync(HttpContext context, GraphQLHttpRequest request, Action<OperationName> found)
    {
        PreparedDocument document;
        try
        {
            document = await documents.PrepareAsync(request).ConfigureAwait(false);
        }
        catch (ExecutionError error)
        {
            var refused = new ExecutionResult(error);
            refusals.Write(request.Query, refused);
            return refused;
        }

        var selected = SelectOperation(document.Document, request.OperationName);
        if (selected is not null)
        {
            var name = selected.Name?.StringValue ?? request.OperationName ?? OperationNameSeries.Anonymous;
            found(new OperationName(name, selected.Operation.ToString().ToLowerInvariant()));
        }

        // Draft §GET: GET is for queries only; a mutation over GET is 405 with the method that works.
        if (request.IsGet && selected?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            throw new HttpProblem(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutations must be sent with POST.") { Allow = "POST" };
        }

        var cost = new RequestCost();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            ValidationRules = document.Validated ? rules.ForCachedDocument : rules.ForNewDocument,
            // Concurrent: resolvers look the request's items (loaders, pre-filled rows) up per parent, without a lock.
            UserContext = new ConcurrentDictionary<string, object?>(StringComparer.Ordinal) { [RequestCost.UserContextKey] = cost },
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            Timeout = options.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            UnhandledExceptionDelegate = e => unexpected.HandleAsync(e, context.TraceIdentifier),
        }).ConfigureAwait(false);

        if (!result.Executed)
        {
            refusals.Write(request.Query, result);
        }

        // Only a document that passed validation is cached: a cached document skips it from now on.
        if (!document.Validated && result.Executed)
        {
            documents.Cache.Add(document.Hash, document.Document, document.Text);
        }

        if (result.Executed && WantsCost(context.Request, request))
        {
            (result.Extensions ??= [])["cost"] = new Dictionary<string, object?>
            {
                ["complexity"] = cost.Complexity,
                ["maxComplexity"] = options.MaxComplexity,
                ["depth"] = cost.Depth,
                ["maxDepth"] = options.MaxDepth,
            };
        }

        return result;
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(name)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == name);
    }

    private static bool WantsCost(HttpRequest http, GraphQLHttpRequest request) =>
        http.Headers[CostHeader].ToString().Equals("report", StringComparison.OrdinalIgnoreCase)
        || (request.Extensions?.TryGetValue("cost", out var flag) == true && flag is true);

    /// <summary>
    /// Draft §Status codes: under application/json every GraphQL response is 200. Under
    /// application/graphql-response+json a response without data (the request never executed) is 4xx or 5xx: 400 for
    /// documents that fail to parse or validate, 503 when our execution timeout cut it off.
    /// </summary>
    private static int StatusFor(ExecutionResult result, string responseType)
    {
        if (responseType == MediaTypes.Json || result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        return result.Errors?.Any(e => e is TimeoutError) == true ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
    }

    private async Task WriteAsync(HttpContext context, string responseType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }
}
