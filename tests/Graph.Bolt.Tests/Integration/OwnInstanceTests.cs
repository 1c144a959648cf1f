using System.Security.Cryptography.X509Certificates;

namespace GraphServer.Bolt.Tests.Integration;

/// <summary>TLS schemes, routing over TLS, and surviving a server restart, on an instance these tests own.</summary>
public sealed class OwnInstanceTests(OwnNeo4jInstance neo4j) : IClassFixture<OwnNeo4jInstance>
{
    private static readonly BoltAuth Auth = BoltAuth.Basic("neo4j", "graphserver");

    private async Task<Uri> UriAsync(string scheme, string host = "localhost")
    {
        Neo4jEnvironment.RequireUri();
        await neo4j.EnsureStartedAsync();
        return new Uri($"{scheme}://{host}:{neo4j.Port}");
    }

    private X509Certificate2Collection TrustedCertificate() => [X509CertificateLoader.LoadCertificateFromFile(neo4j.CertificatePath)];

    private static async Task<string> ProtocolOfThisConnectionAsync(BoltDriver driver)
    {
        // dbms.listConnections shows "bolt+tls"-style connector info only in Enterprise; community shows the client address,
        // so prove the round trip and let the scheme decide the transport.
        var result = await driver.ExecuteQueryAsync("RETURN 'ok' AS ok");
        return result.Records[0].Get<string>("ok");
    }

    [SkippableFact]
    public async Task Bolt_s_works_when_the_exported_certificate_is_trusted()
    {
        await using var driver = BoltDriver.Create(await UriAsync("bolt+s"), Auth,
            new BoltDriverOptions { TrustedCertificates = TrustedCertificate() });
        Assert.Equal("ok", await ProtocolOfThisConnectionAsync(driver));
    }

    [SkippableFact]
    public async Task Bolt_s_refuses_a_self_signed_certificate_it_was_not_told_to_trust()
    {
        await using var driver = BoltDriver.Create(await UriAsync("bolt+s"), Auth);
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains($"localhost:{neo4j.Port}", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Bolt_ssc_accepts_the_self_signed_certificate()
    {
        await using var driver = BoltDriver.Create(await UriAsync("bolt+ssc"), Auth);
        Assert.Equal("ok", await ProtocolOfThisConnectionAsync(driver));
    }

    [SkippableFact]
    public async Task Neo4j_s_routes_over_TLS_to_the_single_server()
    {
        await using var driver = BoltDriver.Create(await UriAsync("neo4j+s"), Auth,
            new BoltDriverOptions { TrustedCertificates = TrustedCertificate() });
        var write = await driver.ExecuteQueryAsync("RETURN 1 AS x");
        var read = await driver.ExecuteQueryAsync("RETURN 1 AS x", config: new QueryConfig { AccessMode = AccessMode.Read });
        Assert.EndsWith($":{neo4j.Port}", write.Summary.Address, StringComparison.Ordinal);
        Assert.Equal(write.Summary.Address, read.Summary.Address);
    }

    [SkippableFact]
    public async Task The_driver_recovers_after_the_server_is_stopped_and_started_again()
    {
        await using var driver = BoltDriver.Create(await UriAsync("bolt", "127.0.0.1"), Auth,
            new BoltDriverOptions { MaxTransactionRetryTime = TimeSpan.Zero, ConnectionTimeout = TimeSpan.FromSeconds(2) });
        await using var session = driver.AsyncSession();
        // Several pooled connections, all of which die with the server.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => driver.ExecuteQueryAsync("RETURN 1")));

        await neo4j.StopAsync();
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.ExecuteQueryAsync("RETURN 1"));

        await neo4j.StartAsync();
        var result = await driver.ExecuteQueryAsync("RETURN 2 AS x");
        Assert.Equal(2L, result.Records[0]["x"]);
        var viaSession = await (await session.RunAsync("RETURN 3 AS x")).SingleAsync();
        Assert.Equal(3L, viaSession["x"]);
    }
}
