namespace GraphServer.Bolt.Tests.Integration;

/// <summary>Sessions, explicit and managed transactions, bookmarks, timeouts and cancellation on a real Neo4j.</summary>
public sealed class TransactionTests
{
    [SkippableFact]
    public async Task Committed_writes_are_visible_and_rolled_back_ones_are_not()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        var id = Guid.NewGuid().ToString();
        await using var session = driver.AsyncSession();

        await using (var tx = await session.BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:BoltTest {id: $id, kept: true})", new Dictionary<string, object?> { ["id"] = id });
            await tx.CommitAsync();
        }

        await using (var tx = await session.BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:BoltTest {id: $id, kept: false})", new Dictionary<string, object?> { ["id"] = id });
            await tx.RollbackAsync();
        }

        await using (var tx = await session.BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:BoltTest {id: $id, kept: false})", new Dictionary<string, object?> { ["id"] = id });
            // Disposed without commit: rolled back.
        }

        var result = await driver.ExecuteQueryAsync("MATCH (n:BoltTest {id: $id}) RETURN n.kept AS kept",
            new Dictionary<string, object?> { ["id"] = id }, new QueryConfig { AccessMode = AccessMode.Read });
        Assert.Equal([true], result.Records.Select(r => r["kept"]));
        await driver.ExecuteQueryAsync("MATCH (n:BoltTest {id: $id}) DELETE n", new Dictionary<string, object?> { ["id"] = id });
    }

    [SkippableFact]
    public async Task Constraint_violations_arrive_with_their_code()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        await driver.ExecuteQueryAsync("CREATE CONSTRAINT bolt_test_unique IF NOT EXISTS FOR (n:BoltTestUnique) REQUIRE n.key IS UNIQUE");
        await using var session = driver.AsyncSession();
        var error = await Assert.ThrowsAsync<ClientException>(() => session.ExecuteWriteAsync(async tx =>
        {
            await tx.RunAsync("CREATE (:BoltTestUnique {key: 'k'}), (:BoltTestUnique {key: 'k'})");
            return 0;
        }));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains("BoltTestUnique", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Managed_transactions_return_the_work_result_and_retry_transient_errors()
    {
        await using var driver = Neo4jEnvironment.CreateDriver(new BoltDriverOptions { InitialRetryDelay = TimeSpan.FromMilliseconds(10) });
        await using var session = driver.AsyncSession();
        var attempts = 0;
        var value = await session.ExecuteReadAsync(async tx =>
        {
            var record = await (await tx.RunAsync("RETURN 41 + 1 AS v")).SingleAsync();
            if (++attempts < 3)
            {
                throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "simulated deadlock");
            }

            return record.Get<int>("v");
        });
        Assert.Equal((42, 3), (value, attempts));
    }

    [SkippableFact]
    public async Task Terminated_transactions_are_not_retried()
    {
        await using var driver = Neo4jEnvironment.CreateDriver(new BoltDriverOptions { InitialRetryDelay = TimeSpan.FromMilliseconds(10) });
        await using var session = driver.AsyncSession();
        var attempts = 0;
        await Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync<int>(_ =>
        {
            attempts++;
            throw new TransientException("Neo.TransientError.Transaction.Terminated", "terminated by an administrator");
        }));
        Assert.Equal(1, attempts);
    }

    [SkippableFact]
    public async Task Bookmarks_chain_a_read_after_a_write_across_sessions()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        var id = Guid.NewGuid().ToString();
        IReadOnlyList<string> bookmarks;
        await using (var writer = driver.AsyncSession())
        {
            await writer.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:BoltTest {id: $id})", new Dictionary<string, object?> { ["id"] = id }));
            bookmarks = writer.LastBookmarks;
        }

        Assert.NotEmpty(bookmarks);
        await using var reader = driver.AsyncSession(new SessionConfig { Bookmarks = bookmarks });
        var cursor = await reader.RunAsync("MATCH (n:BoltTest {id: $id}) DETACH DELETE n RETURN count(*) AS c",
            new Dictionary<string, object?> { ["id"] = id });
        Assert.Equal(1L, (await cursor.SingleAsync())["c"]);
        Assert.NotEqual(bookmarks, reader.LastBookmarks);
    }

    [SkippableFact]
    public async Task Records_stream_in_batches_and_the_rest_can_be_discarded()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        await using var session = driver.AsyncSession(new SessionConfig { FetchSize = 10 });
        var cursor = await session.RunAsync("UNWIND range(1, 1000) AS x RETURN x");
        var seen = new List<long>();
        await foreach (var record in cursor)
        {
            seen.Add(record.Get<long>("x"));
            if (seen.Count == 25)
            {
                break;
            }
        }

        var summary = await cursor.ConsumeAsync();
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (long)i), seen);
        Assert.Equal("r", summary.QueryType);
        var all = await (await session.RunAsync("UNWIND range(1, 1000) AS x RETURN x")).ToListAsync();
        Assert.Equal(1000, all.Count);
    }

    [SkippableFact]
    public async Task A_second_query_in_a_transaction_buffers_the_first_result()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        await using var session = driver.AsyncSession(new SessionConfig { FetchSize = 2 });
        await using var tx = await session.BeginTransactionAsync();
        var first = await tx.RunAsync("UNWIND range(1, 5) AS x RETURN x");
        var second = await tx.RunAsync("RETURN 'second' AS s");
        Assert.Equal("second", (await second.SingleAsync())["s"]);
        Assert.Equal(5, (await first.ToListAsync()).Count);
        await tx.CommitAsync();
    }

    [SkippableFact]
    public async Task Transaction_timeout_is_enforced_by_the_server()
    {
        await using var driver = Neo4jEnvironment.CreateDriver(new BoltDriverOptions { MaxTransactionRetryTime = TimeSpan.Zero });
        var error = await Assert.ThrowsAnyAsync<Neo4jException>(() => driver.ExecuteQueryAsync(
            "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x)", null,
            new QueryConfig { AccessMode = AccessMode.Read, Timeout = TimeSpan.FromMilliseconds(300) }));
        Assert.Contains("TransactionTimedOut", error.Code, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Cancellation_mid_stream_throws_and_the_driver_stays_usable()
    {
        await using var driver = Neo4jEnvironment.CreateDriver(new BoltDriverOptions { MaxPoolSize = 1 });
        await using var session = driver.AsyncSession(new SessionConfig { FetchSize = 100 });
        using var cancellation = new CancellationTokenSource();
        var cursor = await session.RunAsync("UNWIND range(1, 10000000) AS x RETURN x", cancellationToken: cancellation.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var record in cursor.WithCancellation(cancellation.Token))
            {
                if (record.Get<long>("x") == 150)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        var result = await driver.ExecuteQueryAsync("RETURN 1 AS one");
        Assert.Equal(1L, result.Records[0]["one"]);
    }

    [SkippableFact]
    public async Task Sixty_four_concurrent_sessions_share_a_small_pool()
    {
        await using var driver = Neo4jEnvironment.CreateDriver(new BoltDriverOptions { MaxPoolSize = 8 });
        var sums = await Task.WhenAll(Enumerable.Range(0, 64).Select(async i =>
        {
            await using var session = driver.AsyncSession();
            long sum = 0;
            for (var j = 0; j < 5; j++)
            {
                sum += await session.ExecuteReadAsync(async tx =>
                    (await (await tx.RunAsync("RETURN $i * 10 + $j AS v", new Dictionary<string, object?> { ["i"] = i, ["j"] = j })).SingleAsync())
                    .Get<long>("v"));
            }

            return sum;
        }));
        Assert.Equal(Enumerable.Range(0, 64).Select(i => (i * 50L) + 10), sums);
    }

    [SkippableFact]
    public async Task Transaction_metadata_is_visible_to_the_server()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        var result = await driver.ExecuteQueryAsync(
            "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN metaData",
            null, new QueryConfig { Metadata = new Dictionary<string, object?> { ["app"] = "bolt-tests" }, Database = "neo4j" });
        var metadata = Assert.IsType<IReadOnlyDictionary<string, object?>>(result.Records[0]["metaData"], exactMatch: false);
        Assert.Equal("bolt-tests", metadata["app"]);
    }
}
