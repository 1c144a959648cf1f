using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphServer.Bolt;
using GraphServer.Model;
using GraphServer.Schema;
using GraphServer.Schema.Loading;
using GraphServer.Seed.Loading;
using GraphServer.Store;
using GraphServer.Store.Configuration;
using GraphServer.Store.Neo4j;
using GraphServer.Store.Planning;

namespace GraphServer.Benchmarks.Requests;

/// <summary>
/// Where the bytes of one compiled request (<see cref="RequestBenchmarks.Query"/>) go on Neo4j, stage by stage, each
/// stage including the ones before it: the statement over Bolt (read and PackStream decode into records), the store's
/// plan (plus the records read into nodes and rows), GraphQL.NET's execution (plus the resolvers), and the whole
/// request as the server answers it (plus the JSON written to the response stream). The serialisation alone is its
/// own row, and the execution of a cached document (parse and validation skipped, as the server does on a repeat)
/// its own. Differences between rows are the stages' own costs. Needs BENCH_NEO4J_URI.
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
public class StageBenchmarks
{
    private static readonly QueryConfig Read = new() { AccessMode = AccessMode.Read, Timeout = Neo4jStore.DefaultQueryTimeout };

    private readonly DocumentExecuter _executer = new();
    private readonly GraphQLSerializer _serializer = new();
    private Neo4jStore _store = null!;
    private ISchema _schema = null!;
    private PlanQuery _plan = null!;
    private string _statement = null!;
    private IReadOnlyDictionary<string, object?> _parameters = null!;
    private ExecutionResult _executed = null!;
    private GraphQLParser.AST.GraphQLDocument _document = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await SeededNeo4j.OpenAsync("stage");

        // One request through a capturing store gives the plan; the store's observer gives its statement and values.
        var (capturing, capture) = PlanCapture.Over(_store);
        var capturingSchema = GraphSchemaFactory.Create(
            RecruitmentModel.Instance, capturing, loading: new DataLoaderOptions { CompileSelections = true });
        _store.StatementObserver = (statement, parameters) => (_statement, _parameters) = (statement, parameters);
        await ExecuteAsync(capturingSchema);
        _store.StatementObserver = null;
        _plan = capture.LastPlan ?? throw new InvalidOperationException("The request ran no plan.");

        _document = new GraphQL.Execution.GraphQLDocumentBuilder().Build(RequestBenchmarks.Query);
        _schema = GraphSchemaFactory.Create(RecruitmentModel.Instance, _store, loading: new DataLoaderOptions { CompileSelections = true });
        _executed = await ExecuteAsync(_schema);
        if (_executed.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The request failed: " + errors[0].Message);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _store.DisposeAsync();

    /// <summary>BEGIN, RUN, PULL, COMMIT of the plan's statement; every record decoded.</summary>
    [Benchmark]
    public Task<QueryResult> BoltStatement() => _store.Driver.ExecuteQueryAsync(_statement, _parameters, Read);

    /// <summary>The store's whole plan: the statement and its records read into nodes, edges and rows.</summary>
    [Benchmark]
    public Task<PlanResult> StorePlan() => _store.RunPlanAsync(_plan);

    /// <summary>GraphQL.NET's execution of the request (parse, validate, plan, resolve), no serialisation.</summary>
    [Benchmark]
    public Task<ExecutionResult> Execution() => ExecuteAsync(_schema);

    /// <summary>
    /// Execution as the server runs a document it has seen before: parsed once and cached, validated again by its
    /// complexity rule only (here by none), so parse and validation drop out.
    /// </summary>
    [Benchmark]
    public Task<ExecutionResult> ExecutionCachedDocument() => _executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = _schema,
        Query = RequestBenchmarks.Query,
        Document = _document,
        ValidationRules = [],
        UserContext = new Dictionary<string, object?>(),
    });

    /// <summary>One executed result written as JSON to a stream, as the endpoint writes it to the response body.</summary>
    [Benchmark]
    public Task Serialisation() => _serializer.WriteAsync(Stream.Null, _executed);

    /// <summary>The whole request as the server answers it: execution, then JSON onto the response stream.</summary>
    [Benchmark(Baseline = true)]
    public async Task Request() => await _serializer.WriteAsync(Stream.Null, await ExecuteAsync(_schema));

    private Task<ExecutionResult> ExecuteAsync(ISchema schema) => _executer.ExecuteAsync(new ExecutionOptions
    {
        Schema = schema,
        Query = RequestBenchmarks.Query,
        UserContext = new Dictionary<string, object?>(),
    });
}
