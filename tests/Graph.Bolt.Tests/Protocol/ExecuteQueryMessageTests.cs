using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Tests.Protocol;

/// <summary>
/// The messages <see cref="BoltDriver.ExecuteQueryAsync"/> sends, as a scripted server reads them: a read is one
/// auto-commit RUN and PULL (no BEGIN, no COMMIT) whose RUN carries what BEGIN would; a write stays a transaction.
/// </summary>
public sealed class ExecuteQueryMessageTests
{
    private static readonly BoltDriverOptions Fast = new()
    {
        InitialRetryDelay = TimeSpan.FromMilliseconds(10),
        ConnectionTimeout = TimeSpan.FromSeconds(2),
        MaxTransactionRetryTime = TimeSpan.FromSeconds(2),
    };

    private static Dictionary<string, object?> Fields(params string[] names) => new() { ["fields"] = names.ToList<object?>() };

    [Fact]
    public async Task A_read_is_an_auto_commit_RUN_with_mode_bookmarks_and_timeout_and_its_bookmark_chains_the_next_query()
    {
        List<object?>? firstRead = null;
        List<object?>? pull = null;
        List<object?>? secondRead = null;
        await using var server = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();

            // A write: BEGIN, RUN, PULL, COMMIT; its bookmark comes with COMMIT.
            await s.ExpectManagedQueryAsync();
            await s.SuccessAsync();
            await s.SuccessAsync(Fields("x"));
            await s.SuccessAsync(new() { ["type"] = "w" });
            await s.SuccessAsync(new() { ["bookmark"] = "bm:write" });

            // A read: RUN and PULL only (ExpectAsync fails on a BEGIN); its bookmark comes with PULL's summary.
            firstRead = await s.ExpectAsync(MessageTag.Run);
            pull = await s.ExpectAsync(MessageTag.Pull);
            await s.SuccessAsync(Fields("name"));
            await s.RecordAsync("Wagner");
            await s.RecordAsync("Redut");
            await s.SuccessAsync(new() { ["type"] = "r", ["bookmark"] = "bm:read" });

            secondRead = await s.ExpectAsync(MessageTag.Run);
            await s.ExpectAsync(MessageTag.Pull);
            await s.SuccessAsync(Fields("n"));
            await s.RecordAsync(2L);
            await s.SuccessAsync(new() { ["type"] = "r" });
            await s.ExpectClosedAsync();
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);
        var read = new QueryConfig { AccessMode = AccessMode.Read, Timeout = TimeSpan.FromSeconds(30), Database = "neo4j" };

        await driver.ExecuteQueryAsync("CREATE (:Unit)", null, new QueryConfig { Database = "neo4j" });
        var names = await driver.ExecuteQueryAsync("MATCH (u:Unit) RETURN u.name AS name", null, read);
        var count = await driver.ExecuteQueryAsync("MATCH (u:Unit) RETURN count(u) AS n", null, read);

        Assert.Equal(["Wagner", "Redut"], names.Records.Select(r => r["name"]));
        Assert.Equal("r", names.Summary.QueryType);
        Assert.Equal(2L, Assert.Single(count.Records)["n"]);
        Assert.Equal("MATCH (u:Unit) RETURN u.name AS name", firstRead![0]);
        var extra = Assert.IsType<Dictionary<string, object?>>(firstRead[2]);
        Assert.Equal("r", extra["mode"]);
        Assert.Equal("neo4j", extra["db"]);
        Assert.Equal(30_000L, extra["tx_timeout"]);
        Assert.Equal(["bm:write"], Assert.IsType<List<object?>>(extra["bookmarks"]));
        Assert.Equal(-1L, Assert.IsType<Dictionary<string, object?>>(pull![0])["n"]);
        // The read's own bookmark (from PULL's summary) is what the next query waits for.
        Assert.Equal(["bm:read"], Assert.IsType<List<object?>>(Assert.IsType<Dictionary<string, object?>>(secondRead![2])["bookmarks"]));
        await driver.DisposeAsync();
        await server.CompletedAsync();
    }

    [Fact]
    public async Task A_read_that_fails_throws_the_server_error_and_the_connection_is_reset_for_the_next_read()
    {
        await using var server = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();
            await s.ExpectAsync(MessageTag.Run);
            await s.ExpectAsync(MessageTag.Pull);
            await s.FailureAsync("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETURN'");
            await s.IgnoredAsync();
            await s.ExpectAsync(MessageTag.Reset);
            await s.SuccessAsync();
            await s.ExpectAsync(MessageTag.Run);
            await s.ExpectAsync(MessageTag.Pull);
            await s.SuccessAsync(Fields("one"));
            await s.RecordAsync(1L);
            await s.SuccessAsync(new() { ["type"] = "r" });
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);
        var read = new QueryConfig { AccessMode = AccessMode.Read };

        var error = await Assert.ThrowsAsync<ClientException>(() => driver.ExecuteQueryAsync("RETURN RETURN", null, read));
        var result = await driver.ExecuteQueryAsync("RETURN 1 AS one", null, read);

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal(1L, Assert.Single(result.Records)["one"]);
        Assert.Equal(1, server.Accepted);
        await server.CompletedAsync();
    }
}
