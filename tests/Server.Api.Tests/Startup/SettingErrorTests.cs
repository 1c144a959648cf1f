using System.Net;
using System.Net.Sockets;

namespace GraphServer.Api.Tests.Startup;

/// <summary>
/// Every GraphServer__* setting is read with its type and range before anything starts: a wrong value is one line on
/// stderr and exit code 2 from the real process, never an unhandled exception (which would be exit 134 and a trace).
/// </summary>
public sealed class SettingErrorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("GraphServer__Http__MaxDepth", "abc", "GraphServer__Http__MaxDepth='abc' is not valid; use a whole number from 1 to 100.")]
    [InlineData("GraphServer__Http__MaxDepth", "-1", "GraphServer__Http__MaxDepth='-1' is not valid; use a whole number from 1 to 100.")]
    [InlineData("GraphServer__Http__ExecutionTimeout", "banana",
        "GraphServer__Http__ExecutionTimeout='banana' is not valid; use a duration from 0.1 to 3600 seconds (e.g. 30 or 00:00:30).")]
    [InlineData("GraphServer__Http__Introspection", "perhaps", "GraphServer__Http__Introspection='perhaps' is not valid; use true or false.")]
    [InlineData("GraphServer__Export__MaxDepth", "99", "GraphServer__Export__MaxDepth='99' is not valid; use a whole number from 0 to 4.")]
    public async Task A_wrong_value_is_one_line_naming_the_variable_and_what_it_takes(string variable, string value, string expected)
    {
        var (exitCode, stderr, stdout) = await ServerProcess.RunAsync(Embedded((variable, value)), Timeout);

        Assert.Equal(2, exitCode);
        Assert.Equal("GraphServer cannot start: " + expected, stderr.Trim());
        Assert.DoesNotContain("   at ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_setting_is_refused_rather_than_ignored()
    {
        var (exitCode, stderr, _) = await ServerProcess.RunAsync(Embedded(("GraphServer__Http__MaxDeph", "10")), Timeout);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("GraphServer cannot start: GraphServer__Http__MaxDeph is not a setting GraphServer knows;", line, StringComparison.Ordinal);
        Assert.Contains("MaxDepth", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_that_is_not_an_address_is_one_line()
    {
        var (exitCode, stderr, _) = await ServerProcess.RunAsync(Embedded(("ASPNETCORE_URLS", "ftp://somewhere")), Timeout, urls: null);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            "GraphServer cannot start: --urls / ASPNETCORE_URLS: 'ftp://somewhere' is not an address to listen on; " +
            "use the form http://127.0.0.1:5080 (several separated by ';').",
            stderr.Trim());
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_address()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";

        var (exitCode, stderr, stdout) = await ServerProcess.RunAsync(Embedded(("GRAPH_SEED", "none")), Timeout, urls: url);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"GraphServer cannot start: Failed to bind to address {url}: address already in use; " +
            "stop the program that holds it or choose another address with --urls or ASPNETCORE_URLS.",
            stderr.Trim());
        Assert.DoesNotContain("   at ", stdout, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Embedded(params (string Key, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["GRAPH_DATA_DIR"] = Path.Combine(Path.GetTempPath(), "graphserver-settings-" + Guid.NewGuid().ToString("N")),
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return environment;
    }
}
