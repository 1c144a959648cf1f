using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphServer.Model;
using GraphServer.Schema;
using GraphServer.Schema.Loading;
using GraphServer.Seed.Loading;
using GraphServer.Store.Configuration;
using GraphServer.Store.Neo4j;
using GraphServer.Store.Planning;

namespace GraphServer.Benchmarks.Requests;

/// <summary>
/// The cost of a plan's Cypher text and values on Neo4j, per request shape whose statement used to be built on every
/// request (an aggregate on a root connection, one nested, a timeline with its events' fields, a neighbourhood, paths):
/// <see cref="Built"/> builds it as every request did before, <see cref="Cached"/> takes it from the plan cache (the
/// walk that gives the shape and the values, then the lookup), as a repeated request now does. The plans come from the
/// GraphQL request itself (captured on the way to the store). Needs BENCH_NEO4J_URI (seeded when empty).
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
public class StatementBenchmarks
{
    private static readonly Dictionary<string, (string Query, object Variables)> Requests = new(StringComparer.Ordinal)
    {
        ["AggregateRoot"] = ("""
            query ($status: FighterStatus!) { fighters(first: 2, where: { status: { eq: $status } }, order: [{ id: ASC }]) { totalCount
              aggregate(groupBy: [CITIZEN_OF]) { keys { value } count } nodes { id citizenOf { nodes { id } } } } }
            """, new Dictionary<string, object?> { ["status"] = "CAPTURED" }),
        ["AggregateNested"] = ("""
            query ($id: ID!) { country(id: $id) { id
              citizens { totalCount aggregate(groupBy: [STATUS]) { keys { value } count } nodes { id } } } }
            """, new Dictionary<string, object?> { ["id"] = "country:KE" }),
        ["Timeline"] = ("""
            query ($id: ID!) { timeline(of: $id, hops: 2) { date datePrecision distance sources { id }
              event { id kind location { id name } subjects { totalCount nodes { id } } } } }
            """, new Dictionary<string, object?> { ["id"] = "fighter:syn-001" }),
        ["Neighborhood"] = ("""
            query ($id: ID!) { neighborhood(ids: [$id], depth: 1) { truncated relationships { type from to }
              nodes { id ... on Offer { placedBy { nodes { id } } targets { totalCount } } } } }
            """, new Dictionary<string, object?> { ["id"] = "adchannel:syn-a-demo" }),
        ["Paths"] = ("""
            query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { length
              nodes { id ... on Recruiter { placed { totalCount } } } } }
            """, new Dictionary<string, object?> { ["from"] = "fighter:syn-001", ["to"] = "adchannel:syn-a-demo" }),
    };

    private Neo4jStore _store = null!;
    private PlanQuery _plan = null!;

    [Params("AggregateRoot", "AggregateNested", "Timeline", "Neighborhood", "Paths")]
    public string Shape { get; set; } = "AggregateRoot";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await SeededNeo4j.OpenAsync("statement");

        var (capturing, capture) = PlanCapture.Over(_store);
        var schema = GraphSchemaFactory.Create(
            RecruitmentModel.Instance, capturing, loading: new DataLoaderOptions { CompileSelections = true });
        var (query, variables) = Requests[Shape];
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = query,
            Variables = new Inputs((Dictionary<string, object?>)variables),
            UserContext = new Dictionary<string, object?>(),
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{Shape} failed: {errors[0].Message}");
        }

        _plan = capture.LastPlan ?? throw new InvalidOperationException($"{Shape} ran no plan.");
        if (_store.StatementOf(_plan, built: true).Cypher != _store.StatementOf(_plan, built: false).Cypher)
        {
            throw new InvalidOperationException($"{Shape}: the cached statement is not the built one.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _store.DisposeAsync();

    /// <summary>The statement built afresh, as every request of these shapes did before.</summary>
    [Benchmark(Baseline = true)]
    public string Built() => _store.StatementOf(_plan, built: true).Cypher;

    /// <summary>The statement from the plan cache: the shape's walk (its key and values) and a lookup.</summary>
    [Benchmark]
    public string Cached() => _store.StatementOf(_plan, built: false).Cypher;
}
