using System.Diagnostics;
using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Tests.Protocol;

/// <summary>Edge cases a real server rarely shows on demand, scripted on a fake Bolt server.</summary>
public sealed class FailurePathTests
{
    private static readonly BoltDriverOptions Fast = new()
    {
        InitialRetryDelay = TimeSpan.FromMilliseconds(10),
        ConnectionTimeout = TimeSpan.FromSeconds(2),
        MaxTransactionRetryTime = TimeSpan.FromSeconds(2),
    };

    private static Dictionary<string, object?> Fields(params string[] names) => new() { ["fields"] = names.ToList<object?>() };

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_ServiceUnavailable_and_the_next_query_reconnects()
    {
        await using var server = new FakeBoltServer(
            async s =>
            {
                await s.AcceptAsync();
                await s.ExpectAsync(MessageTag.Run);
                await s.ExpectAsync(MessageTag.Pull);
                await s.SuccessAsync(Fields("x"));
                await s.RecordAsync(1L);
            },
            async s =>
            {
                await s.AcceptAsync();
                await s.ExpectAsync(MessageTag.Run);
                await s.ExpectAsync(MessageTag.Pull);
                await s.SuccessAsync(Fields("x"));
                await s.RecordAsync(2L);
                await s.SuccessAsync();
                await s.ExpectClosedAsync();
            });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);
        await using var session = driver.AsyncSession();

        var cursor = await session.RunAsync("RETURN x");
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => cursor.ToListAsync());
        Assert.Contains(server.Uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);

        var records = await (await session.RunAsync("RETURN x")).ToListAsync();
        Assert.Equal(2L, Assert.Single(records)["x"]);
        await driver.DisposeAsync();
        await server.CompletedAsync();
    }

    [Fact]
    public async Task A_managed_query_is_retried_on_a_new_connection_after_a_drop()
    {
        await using var server = new FakeBoltServer(
            async s =>
            {
                await s.AcceptAsync();
                await s.ExpectAsync(MessageTag.Begin);
            },
            async s =>
            {
                await s.AcceptAsync();
                await s.ExpectManagedQueryAsync();
                await s.SuccessAsync();
                await s.SuccessAsync(Fields("x"));
                await s.RecordAsync("ok");
                await s.SuccessAsync(new() { ["type"] = "r" });
                await s.SuccessAsync(new() { ["bookmark"] = "bm:1" });
            });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);

        var result = await driver.ExecuteQueryAsync("RETURN 'ok' AS x");

        Assert.Equal("ok", Assert.Single(result.Records)["x"]);
        Assert.Equal("r", result.Summary.QueryType);
        Assert.Equal(2, server.Accepted);
    }

    [Fact]
    public async Task FAILURE_then_RESET_keeps_the_connection_for_the_next_query()
    {
        await using var server = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();
            await s.ExpectAsync(MessageTag.Run);
            await s.ExpectAsync(MessageTag.Pull);
            await s.FailureAsync("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'");
            await s.IgnoredAsync();
            await s.ExpectAsync(MessageTag.Reset);
            await s.SuccessAsync();
            await s.ExpectAsync(MessageTag.Run);
            await s.ExpectAsync(MessageTag.Pull);
            await s.SuccessAsync(Fields("x"));
            await s.RecordAsync(1L);
            await s.SuccessAsync();
            await s.ExpectClosedAsync();
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast with { MaxPoolSize = 1 });
        await using var session = driver.AsyncSession();

        var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRN 1"));
        Assert.Equal(("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'"), (error.Code, error.Message));
        Assert.Single(await (await session.RunAsync("RETURN 1 AS x")).ToListAsync());

        await driver.DisposeAsync();
        await server.CompletedAsync();
        Assert.Equal(1, server.Accepted);
    }

    [Fact]
    public async Task IGNORED_responses_report_the_failure_that_caused_them()
    {
        await using var server = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();
            await s.ExpectManagedQueryAsync();
            await s.FailureAsync("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist: nope");
            await s.IgnoredAsync();
            await s.IgnoredAsync();
            await s.IgnoredAsync();
            await s.ExpectAsync(MessageTag.Reset);
            await s.SuccessAsync();
            await s.ExpectClosedAsync();
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);

        var error = await Assert.ThrowsAsync<ClientException>(() => driver.ExecuteQueryAsync("RETURN 1", config: new QueryConfig { Database = "nope" }));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        await driver.DisposeAsync();
        await server.CompletedAsync();
    }

    [Fact]
    public async Task Transient_failures_are_retried_and_the_Bolt_5_7_error_shape_is_understood()
    {
        await using var server = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();
            await s.ExpectManagedQueryAsync();
            await s.SuccessAsync();
            await s.SuccessAsync(Fields("x"));
            await s.SuccessAsync();
            // Bolt 5.7+: "neo4j_code" instead of "code", plus GQL fields.
            await s.SendFailureAsync(new()
            {
                ["neo4j_code"] = "Neo.TransientError.Transaction.DeadlockDetected",
                ["message"] = "deadlock",
                ["gql_status"] = "50N05",
            });
            await s.ExpectAsync(MessageTag.Reset);
            await s.SuccessAsync();
            await s.ExpectManagedQueryAsync();
            await s.SuccessAsync();
            await s.SuccessAsync(Fields("x"));
            await s.SuccessAsync();
            await s.SuccessAsync(new() { ["bookmark"] = "bm:2" });
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);

        var result = await driver.ExecuteQueryAsync("RETURN 1 AS x");

        Assert.Empty(result.Records);
        await server.CompletedAsync();
    }

    [Fact]
    public async Task A_server_that_never_answers_the_handshake_times_out_naming_the_address()
    {
        var release = new TaskCompletionSource();
        await using var server = new FakeBoltServer(_ => release.Task);
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast with { ConnectionTimeout = TimeSpan.FromMilliseconds(300) });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());

        Assert.Contains("Timed out", error.Message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{server.Uri.Port}", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3));
        release.SetResult();
    }

    [Fact]
    public async Task A_slow_query_is_cancelled_and_its_connection_closed()
    {
        await using var server = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();
            await s.ExpectAsync(MessageTag.Reset);
            await s.SuccessAsync();
            await s.ExpectAsync(MessageTag.Run);
            await s.ExpectAsync(MessageTag.Pull);
            await s.ExpectClosedAsync();
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);
        // The connection is opened first, so the 200 ms below time the query alone: on a loaded machine the connect
        // and handshake alone sometimes took longer, and the client gave up before the script saw its handshake.
        await driver.VerifyConnectivityAsync();
        await using var session = driver.AsyncSession();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync("CALL slow()", cancellationToken: timeout.Token));

        await server.CompletedAsync();
    }

    [Fact]
    public async Task Bolt_5_0_sends_the_credentials_in_HELLO_and_5_3_names_the_bolt_agent()
    {
        Dictionary<string, object?>? hello50 = null, hello58 = null;
        await using var server = new FakeBoltServer(
            async s =>
            {
                await s.HandshakeAsync(minor: 0);
                hello50 = (Dictionary<string, object?>)(await s.ExpectAsync(MessageTag.Hello))[0]!;
                await s.SuccessAsync();
                await s.ExpectAsync(MessageTag.Reset);
                await s.SuccessAsync();
            },
            async s =>
            {
                var proposals = await s.HandshakeAsync(minor: 8);
                Assert.Equal(Hex.Parse("00 08 08 05 00 00 00 00 00 00 00 00 00 00 00 00"), proposals[4..]);
                hello58 = (Dictionary<string, object?>)(await s.ExpectAsync(MessageTag.Hello))[0]!;
                var logon = (Dictionary<string, object?>)(await s.ExpectAsync(MessageTag.Logon))[0]!;
                Assert.Equal("secret", logon["credentials"]);
                await s.SuccessAsync();
                await s.SuccessAsync();
                await s.ExpectAsync(MessageTag.Reset);
                await s.SuccessAsync();
            });
        await using (var driver = BoltDriver.Create(server.Uri, BoltAuth.Basic("neo4j", "secret"), Fast))
        {
            await driver.VerifyConnectivityAsync();
        }

        await using (var driver = BoltDriver.Create(server.Uri, BoltAuth.Basic("neo4j", "secret"), Fast))
        {
            await driver.VerifyConnectivityAsync();
        }

        await server.CompletedAsync();
        Assert.Equal(("basic", "neo4j", "secret"), (hello50!["scheme"], hello50["principal"], hello50["credentials"]));
        Assert.False(hello50.ContainsKey("bolt_agent"));
        Assert.False(hello58!.ContainsKey("credentials"));
        Assert.IsType<Dictionary<string, object?>>(hello58["bolt_agent"]);
    }

    [Fact]
    public async Task NOOP_chunks_between_messages_are_ignored()
    {
        await using var server = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();
            await s.ExpectAsync(MessageTag.Reset);
            await s.SendRawAsync([0, 0, 0, 0]);
            await s.SuccessAsync();
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);

        await driver.VerifyConnectivityAsync();
        await server.CompletedAsync();
    }

    [Fact]
    public async Task A_server_answering_with_HTTP_is_reported_clearly()
    {
        await using var server = new FakeBoltServer(async s =>
        {
            await s.SendRawAsync("HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray());
            await s.ExpectClosedAsync();
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.None, Fast);

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("HTTP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_auth_sends_only_the_token_in_LOGON()
    {
        Dictionary<string, object?>? logon = null;
        await using var server = new FakeBoltServer(async s =>
        {
            await s.HandshakeAsync();
            await s.ExpectAsync(MessageTag.Hello);
            logon = (Dictionary<string, object?>)(await s.ExpectAsync(MessageTag.Logon))[0]!;
            await s.SuccessAsync();
            await s.SuccessAsync();
            await s.ExpectAsync(MessageTag.Reset);
            await s.SuccessAsync();
        });
        await using var driver = BoltDriver.Create(server.Uri, BoltAuth.Bearer("jwt-token"), Fast);

        await driver.VerifyConnectivityAsync();

        await server.CompletedAsync();
        Assert.Equal(new Dictionary<string, object?> { ["scheme"] = "bearer", ["credentials"] = "jwt-token" }, logon);
    }

    [Fact]
    public async Task A_routing_driver_asks_ROUTE_then_uses_the_servers_it_names()
    {
        await using var data = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();
            await s.ExpectManagedQueryAsync();
            await s.SuccessAsync();
            await s.SuccessAsync(Fields("x"));
            await s.RecordAsync(1L);
            await s.SuccessAsync();
            await s.SuccessAsync();
        });
        var dataAddress = $"127.0.0.1:{data.Uri.Port}";
        List<object?>? route = null;
        await using var router = new FakeBoltServer(async s =>
        {
            await s.AcceptAsync();
            route = await s.ExpectAsync(MessageTag.Route);
            await s.SuccessAsync(new()
            {
                ["rt"] = new Dictionary<string, object?>
                {
                    ["ttl"] = 300L,
                    ["db"] = "neo4j",
                    ["servers"] = new List<object?>
                    {
                        new Dictionary<string, object?> { ["addresses"] = new List<object?> { dataAddress }, ["role"] = "WRITE" },
                        new Dictionary<string, object?> { ["addresses"] = new List<object?> { dataAddress }, ["role"] = "READ" },
                        new Dictionary<string, object?> { ["addresses"] = new List<object?> { "127.0.0.1:1" }, ["role"] = "ROUTE" },
                    },
                },
            });
        });
        await using var driver = BoltDriver.Create(new Uri($"neo4j://127.0.0.1:{router.Uri.Port}?policy=eu"), BoltAuth.None, Fast);

        var result = await driver.ExecuteQueryAsync("RETURN 1 AS x");

        Assert.EndsWith($":{data.Uri.Port}", result.Summary.Address, StringComparison.Ordinal);
        var context = Assert.IsType<Dictionary<string, object?>>(route![0]);
        Assert.Equal(("eu", $"127.0.0.1:{router.Uri.Port}"), (context["policy"], context["address"]));
        await data.CompletedAsync();
    }
}
