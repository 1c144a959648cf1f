using System.Text.Json;

namespace GraphServer.Api.Tests.Startup;

/// <summary>On SIGTERM the real process lets the request in flight finish, answers new ones 503, and exits 0.</summary>
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_request_in_flight_finishes_a_new_one_gets_503_and_the_process_exits_0()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string>
        {
            ["GRAPH_DATA_DIR"] = Path.Combine(Path.GetTempPath(), "graphserver-shutdown-" + Guid.NewGuid().ToString("N")),
            ["GraphServer__Http__ShutdownTimeout"] = "20",
        }, Timeout);

        // In flight: the headers and half the body are sent, the rest only after SIGTERM.
        var body = JsonSerializer.Serialize(new { query = """{ country(id: "country:KE") { name } }""" });
        using var inFlight = await RawHttpConnection.OpenAsync(server.Port);
        await inFlight.SendAsync(RawHttpConnection.Post(body[..10], announcedLength: body.Length));

        // A keep-alive connection opened before the stop, used again after it.
        using var later = await RawHttpConnection.OpenAsync(server.Port);
        await later.SendAsync(RawHttpConnection.Get("/health/live"));
        Assert.Equal(200, (await later.ReadResponseAsync(Timeout)).Status);

        server.Terminate();
        await Task.Delay(TimeSpan.FromSeconds(1));

        await later.SendAsync(RawHttpConnection.Get("/health/live"));
        var refused = await later.ReadResponseAsync(Timeout);
        Assert.Equal(503, refused.Status);
        Assert.Contains("Retry-After: 5", refused.Head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("SHUTTING_DOWN", refused.Body, StringComparison.Ordinal);

        await inFlight.SendAsync(body[10..]);
        var finished = await inFlight.ReadResponseAsync(Timeout);
        Assert.Equal(200, finished.Status);
        Assert.True(finished.Body == """{"data":{"country":{"name":"Kenya"}}}""", finished.Body + "\n" + server.Output);

        Assert.Equal(0, await server.WaitForExitAsync(Timeout));
        Assert.Contains("1 request(s) in flight", server.Output, StringComparison.Ordinal);
    }
}
