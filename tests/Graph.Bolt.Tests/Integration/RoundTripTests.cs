namespace GraphServer.Bolt.Tests.Integration;

/// <summary>Against a real Neo4j: values sent as parameters come back unchanged.</summary>
public sealed class RoundTripTests
{
    [SkippableFact]
    public async Task Strings_ints_lists_and_maps_round_trip_as_parameters()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        var parameters = new Dictionary<string, object?>
        {
            ["s"] = "héllo ✓",
            ["i"] = 42,
            ["big"] = long.MaxValue,
            ["f"] = 2.5,
            ["b"] = true,
            ["n"] = null,
            ["list"] = new object?[] { 1, "two", null },
            ["map"] = new Dictionary<string, object?> { ["k"] = new[] { 1, 2 } },
            ["bytes"] = new byte[] { 0, 255 },
            ["long"] = new string('x', 70_000),
        };

        var result = await driver.ExecuteQueryAsync(
            "RETURN $s AS s, $i AS i, $big AS big, $f AS f, $b AS b, $n AS n, $list AS list, $map AS map, $bytes AS bytes, $long AS long",
            parameters, new QueryConfig { AccessMode = AccessMode.Read });

        var record = Assert.Single(result.Records);
        Assert.Equal("héllo ✓", record["s"]);
        Assert.Equal(42L, record["i"]);
        Assert.Equal(42, record.Get<int>("i"));
        Assert.Equal(long.MaxValue, record["big"]);
        Assert.Equal(2.5, record["f"]);
        Assert.Equal(true, record["b"]);
        Assert.Null(record["n"]);
        Assert.Equal(new List<object?> { 1L, "two", null }, record["list"]);
        var map = Assert.IsType<IReadOnlyDictionary<string, object?>>(record["map"], exactMatch: false);
        Assert.Equal(new List<object?> { 1L, 2L }, map["k"]);
        Assert.Equal(new byte[] { 0, 255 }, record["bytes"]);
        Assert.Equal(70_000, record.Get<string>("long").Length);
        Assert.Equal(["s", "i", "big", "f", "b", "n", "list", "map", "bytes", "long"], result.Keys);
    }

    [SkippableFact]
    public async Task Wrong_password_is_an_authentication_error()
    {
        await using var driver = BoltDriver.Create(Neo4jEnvironment.RequireUri(), BoltAuth.Basic("neo4j", "wrong-password"));
        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync());
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
    }

    [SkippableFact]
    public async Task Syntax_errors_arrive_with_their_code_and_the_connection_recovers()
    {
        await using var driver = Neo4jEnvironment.CreateDriver(new BoltDriverOptions { MaxPoolSize = 1 });
        var error = await Assert.ThrowsAsync<ClientException>(() => driver.ExecuteQueryAsync("RETURN RETURN"));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        var result = await driver.ExecuteQueryAsync("RETURN 1 AS one");
        Assert.Equal(1L, result.Records[0]["one"]);
    }

    [SkippableFact]
    public async Task Unreachable_server_names_the_address()
    {
        Neo4jEnvironment.RequireUri();
        await using var driver = BoltDriver.Create(new Uri("bolt://127.0.0.1:1"), BoltAuth.None);
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
    }
}
