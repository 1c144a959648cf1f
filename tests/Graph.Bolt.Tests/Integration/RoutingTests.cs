namespace GraphServer.Bolt.Tests.Integration;

/// <summary>neo4j:// against a single Community server: ROUTE answers with that server in every role.</summary>
public sealed class RoutingTests
{
    private static Uri RoutingUri()
    {
        var direct = Neo4jEnvironment.RequireUri();
        return new UriBuilder(direct) { Scheme = "neo4j" }.Uri;
    }

    [SkippableFact]
    public async Task Reads_and_writes_route_to_the_single_server()
    {
        await using var driver = BoltDriver.Create(RoutingUri(), Neo4jEnvironment.Auth());
        await driver.VerifyConnectivityAsync();
        var write = await driver.ExecuteQueryAsync("RETURN 1 AS x");
        var read = await driver.ExecuteQueryAsync("RETURN 1 AS x", config: new QueryConfig { AccessMode = AccessMode.Read });
        Assert.Equal(Neo4jEnvironment.RequireUri().Port, int.Parse(write.Summary.Address.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(write.Summary.Address, read.Summary.Address);
    }

    [SkippableFact]
    public async Task Sessions_route_by_database_and_access_mode()
    {
        await using var driver = BoltDriver.Create(RoutingUri(), Neo4jEnvironment.Auth());
        await using var session = driver.AsyncSession(new SessionConfig { Database = "system", DefaultAccessMode = AccessMode.Read });
        var databases = await (await session.RunAsync("SHOW DATABASES YIELD name RETURN name")).ToListAsync();
        Assert.Contains(databases, r => (string)r["name"]! == "neo4j");
    }

    [SkippableFact]
    public async Task An_unknown_database_is_a_client_error_with_its_code()
    {
        await using var driver = BoltDriver.Create(RoutingUri(), Neo4jEnvironment.Auth());
        var error = await Assert.ThrowsAnyAsync<Neo4jException>(() =>
            driver.ExecuteQueryAsync("RETURN 1", config: new QueryConfig { Database = "no-such-db" }));
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
    }
}
