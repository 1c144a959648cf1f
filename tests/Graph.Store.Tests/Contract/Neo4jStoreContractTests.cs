using GraphServer.Bolt;
using GraphServer.Tests.Shared;

namespace GraphServer.Store.Tests.Contract;

public sealed class Neo4jStoreContractTests(Neo4jStoreFixture fixture) : GraphStoreContractTests, IClassFixture<Neo4jStoreFixture>
{
    protected override IGraphStore Store
    {
        get
        {
            Neo4jTestEnvironment.SkipIfUnavailable();
            return fixture.Store!;
        }
    }

    [SkippableFact]
    public async Task A_node_stored_before_versions_existed_gets_version_one_when_the_store_starts()
    {
        var country = (await Store.FindNodesAsync(new NodeQuery("Country") { Take = 1 })).Nodes[0].Id;
        await using var driver = BoltDriver.Create(new Uri(Neo4jTestEnvironment.Uri!), BoltAuth.Basic(Neo4jTestEnvironment.User, Neo4jTestEnvironment.Password));
        await driver.ExecuteQueryAsync("MATCH (n:Entity {id: $id}) REMOVE n.version", new Dictionary<string, object?> { ["id"] = country });

        Assert.False((await Store.GetNodesAsync([country]))[0].Properties.ContainsKey("version"));
        await Store.InitializeAsync();

        Assert.Equal(1L, (await Store.GetNodesAsync([country]))[0]["version"]);
    }

    [SkippableFact]
    public async Task Schema_setup_is_idempotent_versioned_and_creates_the_full_text_and_range_indexes()
    {
        await Store.InitializeAsync();
        await Store.InitializeAsync();

        await using var driver = BoltDriver.Create(new Uri(Neo4jTestEnvironment.Uri!), BoltAuth.Basic(Neo4jTestEnvironment.User, Neo4jTestEnvironment.Password));
        var version = await driver.ExecuteQueryAsync("MATCH (s:GraphServerSchema) RETURN s.version AS version");
        var indexes = await driver.ExecuteQueryAsync("SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties RETURN name, type, state, labelsOrTypes, properties");
        var byName = indexes.Records.ToDictionary(r => (string)r["name"]!);

        Assert.Equal(2L, Assert.Single(version.Records)["version"]);
        Assert.Equal("FULLTEXT", byName["graph_text"]["type"]);
        Assert.Equal("ONLINE", byName["graph_text"]["state"]);
        Assert.Contains("Claim", (IEnumerable<object?>)byName["graph_text"]["labelsOrTypes"]!);
        Assert.Contains("statement", (IEnumerable<object?>)byName["graph_text"]["properties"]!);
        Assert.Equal("RANGE", byName["ix_fighter_status"]["type"]);
        // Personal data is never indexed for search or lookup.
        Assert.DoesNotContain(byName.Values, r => r["properties"] is IEnumerable<object?> p && p.Contains("contact"));
    }

    [SkippableFact]
    public async Task Every_read_is_one_statement_for_its_whole_batch()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        var store = fixture.Store!;
        var statements = new List<string>();
        store.StatementObserver = (cypher, _) => statements.Add(cypher);
        try
        {
            Func<Task>[] calls =
            [
                () => store.GetNodesAsync([ContractGraph.Alpha, ContractGraph.Beta, ContractGraph.Unit]),
                () => store.FindNodesAsync(new NodeQuery("Offer") { Where = Filter.Some("ANSWERED", EdgeDirection.Incoming), AfterId = ContractGraph.Offer1 }),
                () => store.GetNeighboursAsync(new NeighbourQuery([ContractGraph.Offer1, ContractGraph.Offer2], "ANSWERED", EdgeDirection.Incoming) { TakePerParent = 1 }),
                () => store.FindPathsAsync(new PathQuery(ContractGraph.Beta, ContractGraph.Front, 6) { ShortestOnly = true }),
                () => store.GetNeighbourhoodAsync(new NeighbourhoodQuery([ContractGraph.Alpha, ContractGraph.Beta], 2)),
                () => store.AggregateAsync(new AggregateQuery("Fighter", "status") { AsOf = new DateOnly(2024, 6, 1) }),
                () => store.SearchAsync(new SearchQuery("quokka")),
            ];
            foreach (var call in calls)
            {
                statements.Clear();
                await call();
                Assert.Single(statements);
            }
        }
        finally
        {
            store.StatementObserver = null;
        }
    }
}
