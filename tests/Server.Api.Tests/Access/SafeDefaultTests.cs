using GraphServer.Api.Access;
using GraphServer.Api.Tests.Startup;
using Microsoft.Extensions.Configuration;

namespace GraphServer.Api.Tests.Access;

/// <summary>Without auth the server runs open only on loopback; on any other address it refuses to start, in one line.</summary>
public sealed class SafeDefaultTests
{
    private const string Refusal = "is not a loopback address: set GraphServer__Auth__JwksPath (your identity provider's keys) or "
        + "GraphServer__Auth__SigningKey (base64, 32+ bytes), or listen on 127.0.0.1 only; see Server/README.md, \"Production auth\".";

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://127.0.0.1:0;http://[::]:0")]
    public async Task Without_auth_a_public_address_stops_the_server_with_one_line_and_exit_2(string urls)
    {
        var data = Path.Combine(Path.GetTempPath(), "graphserver-open-" + Guid.NewGuid().ToString("N"));
        var (exitCode, stderr, stdout) = await ServerProcess.RunAsync(
            new Dictionary<string, string> { ["GRAPH_DATA_DIR"] = data }, TimeSpan.FromSeconds(60), urls);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("GraphServer cannot start: no auth is configured and http://", line, StringComparison.Ordinal);
        Assert.EndsWith(Refusal, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data), "the store must not be opened before the refusal");
    }

    [Fact]
    public async Task A_signing_key_too_short_stops_the_server_saying_how_long_it_must_be()
    {
        var (exitCode, stderr, _) = await ServerProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["GraphServer__Auth__SigningKey"] = Convert.ToBase64String(new byte[16]),
                ["GRAPH_DATA_DIR"] = Path.Combine(Path.GetTempPath(), "graphserver-short-" + Guid.NewGuid().ToString("N")),
            },
            TimeSpan.FromSeconds(60));

        Assert.Equal(2, exitCode);
        Assert.Equal(
            "GraphServer cannot start: GraphServer:Auth:SigningKey has 16 bytes; use at least 32 (`openssl rand -base64 48`).",
            stderr.Trim());
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("https://[::1]:5443", true)]
    [InlineData("http://127.8.9.10:1", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://graph.example.org:80", false)]
    public void Loopback_is_127_0_0_0_slash_8_the_IPv6_loopback_and_localhost(string address, bool loopback) =>
        Assert.Equal(loopback, ListenAddresses.IsLoopback(address));

    [Fact]
    public void Ports_alone_and_Kestrel_endpoints_count_as_listen_addresses()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5080",
            ["Kestrel:Endpoints:Public:Url"] = "https://0.0.0.0:443",
            ["http_ports"] = "8080",
        }).Build();

        var addresses = ListenAddresses.Configured(configuration);

        Assert.Equal(["http://127.0.0.1:5080", "https://0.0.0.0:443", "http://*:8080"], addresses);
        Assert.Equal("https://0.0.0.0:443", ListenAddresses.FirstPublic(addresses));
    }
}
