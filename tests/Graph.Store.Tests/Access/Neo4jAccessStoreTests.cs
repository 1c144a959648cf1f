using GraphServer.Bolt;
using GraphServer.Store.Access;
using GraphServer.Tests.Shared;

namespace GraphServer.Store.Tests.Access;

/// <summary>The same contract on Neo4j; each test holds the shared database lock and starts from an empty audit log.</summary>
public sealed class Neo4jAccessStoreTests : AccessStoreContractTests
{
    private BoltDriver? _driver;
    private Neo4jDatabaseLock? _lock;

    public override async Task InitializeAsync()
    {
        if (Neo4jTestEnvironment.Uri is null)
        {
            return;
        }

        _lock = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        _driver = BoltDriver.Create(
            new Uri(Neo4jTestEnvironment.Uri), BoltAuth.Basic(Neo4jTestEnvironment.User, Neo4jTestEnvironment.Password));
        await _driver.ExecuteQueryAsync("MATCH (n) WHERE n:AuditEntry OR n:AuditHead OR n:ApiKey DETACH DELETE n");
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        if (_driver is not null)
        {
            await _driver.DisposeAsync();
        }

        _lock?.Dispose();
    }

    protected override async Task<IAccessStore> OpenEmptyAsync()
    {
        var store = new Neo4jAccessStore(_driver!);
        await store.InitializeAsync();
        return store;
    }

    protected override Task EditActorAsync(long sequence, string actor) => Driver().ExecuteQueryAsync(
        "MATCH (e:AuditEntry {sequence: $sequence}) SET e.actor = $actor",
        new Dictionary<string, object?> { ["sequence"] = sequence, ["actor"] = actor });

    protected override Task DeleteEntryAsync(long sequence) => Driver().ExecuteQueryAsync(
        "MATCH (e:AuditEntry {sequence: $sequence}) DELETE e", new Dictionary<string, object?> { ["sequence"] = sequence });

    protected override async Task<string> RawKeyRowsAsync()
    {
        var result = await Driver().ExecuteQueryAsync("MATCH (k:ApiKey) RETURN properties(k) AS k");
        return string.Join('\n', result.Records.Select(r => string.Join(' ',
            ((IReadOnlyDictionary<string, object?>)r["k"]!).Select(p => $"{p.Key}={p.Value}"))));
    }

    protected override void BeforeUse() => Neo4jTestEnvironment.SkipIfUnavailable();

    private BoltDriver Driver()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        return _driver!;
    }
}
