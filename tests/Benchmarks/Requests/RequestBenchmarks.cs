using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema;
using GraphServer.Schema.Loading;
using GraphServer.Seed.Loading;
using GraphServer.Store;
using GraphServer.Store.Configuration;

namespace GraphServer.Benchmarks.Requests;

/// <summary>
/// One nested GraphQL request (four levels, sources, counts) executed and serialised in process on the cited seed,
/// through the compiled plan and through a DataLoader per level: time and bytes allocated per request. The embedded
/// store always; Neo4j too when BENCH_NEO4J_URI is set (it is seeded when empty).
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
public class RequestBenchmarks
{
    public const string Query = """
        {
          countries(first: 20, order: [{ name: ASC }]) {
            totalCount
            nodes {
              id name sources { id quote }
              targetedBy(first: 5) { totalCount edges { sources { id } node { id promisedRole placedBy(first: 3) { nodes { id name sources { id } } } } } }
              citizens(first: 3) { nodes { id alias servedIn { edges { role node { id name } } } } }
            }
          }
        }
        """;

    /// <summary>Other requests the quick loop can time (<c>time &lt;store&gt; &lt;request&gt;</c>): a timeline and aggregates at three levels.</summary>
    public static readonly IReadOnlyDictionary<string, string> Requests = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nested"] = Query,
        ["timeline"] = """
            { timeline(of: "fighter:syn-001", hops: 2) { date distance sources { id }
                event { id kind location { id name } subjects { nodes { id } } } } }
            """,
        ["aggregate"] = """
            { fighters(first: 3, where: { status: { in: [CAPTURED, KILLED] } }, order: [{ id: ASC }]) {
                aggregate(groupBy: [CITIZEN_OF, STATUS], first: 4) { keys { key value } count }
                nodes { id answered { aggregate(groupBy: [LANGUAGE]) { keys { value } count } totalCount }
                  citizenOf { nodes { id targetedBy { aggregate(groupBy: [PLACED_BY, LANGUAGE]) { keys { value } count } } } } } } }
            """,
    };

    private readonly DocumentExecuter _executer = new();
    private readonly GraphQLSerializer _serializer = new();
    private IGraphStore _store = null!;
    private ISchema _compiled = null!;
    private ISchema _loaded = null!;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "embedded";

    /// <summary>Which of <see cref="Requests"/> to run (BenchmarkDotNet: the nested one).</summary>
    public string Request { get; set; } = "nested";

    public static IEnumerable<string> Stores() =>
        Environment.GetEnvironmentVariable("BENCH_NEO4J_URI") is null ? ["embedded"] : ["embedded", "neo4j"];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var settings = Store == "embedded"
            ? new Dictionary<string, string?>
            {
                ["GRAPH_STORE"] = "embedded",
                ["GRAPH_DATA_DIR"] = Path.Combine(Path.GetTempPath(), "graphserver-request-bench-" + Guid.NewGuid().ToString("N")),
            }
            : new Dictionary<string, string?>
            {
                ["GRAPH_STORE"] = "neo4j",
                ["NEO4J_URI"] = Environment.GetEnvironmentVariable("BENCH_NEO4J_URI"),
                ["NEO4J_USER"] = Environment.GetEnvironmentVariable("BENCH_NEO4J_USER") ?? "neo4j",
                ["NEO4J_PASSWORD"] = Environment.GetEnvironmentVariable("BENCH_NEO4J_PASSWORD") ?? "graphserver",
            };
        _store = await StoreFactory.OpenAsync(StoreSettings.From(key => settings.GetValueOrDefault(key)), RecruitmentModel.Instance);
        if (await _store.CountNodesAsync() == 0)
        {
            await SeedData.LoadAsync(_store);
        }

        _compiled = GraphSchemaFactory.Create(RecruitmentModel.Instance, _store, loading: new DataLoaderOptions { CompileSelections = true });
        _loaded = GraphSchemaFactory.Create(RecruitmentModel.Instance, _store, loading: new DataLoaderOptions { CompileSelections = false });
        var compiled = await RunAsync(_compiled);
        var loaded = await RunAsync(_loaded);
        if (compiled != loaded || compiled.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The compiled and the DataLoader answers differ: " + compiled[..Math.Min(400, compiled.Length)]);
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _store.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<string> DataLoaderPerLevel() => RunAsync(_loaded);

    [Benchmark]
    public Task<string> CompiledPlan() => RunAsync(_compiled);

    /// <summary>The compiled plan with its statement built every time (the Neo4j plan cache emptied first).</summary>
    [Benchmark]
    public Task<string> CompiledPlanTextRebuilt()
    {
        (_store as GraphServer.Store.Neo4j.Neo4jStore)?.ClearPlanCache();
        return RunAsync(_compiled);
    }

    private async Task<string> RunAsync(ISchema schema)
    {
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = Requests[Request],
            UserContext = new Dictionary<string, object?>(),
        });
        return _serializer.Serialize(result);
    }
}
