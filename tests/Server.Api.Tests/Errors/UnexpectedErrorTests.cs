using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Api.Tests.Support;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Errors;

/// <summary>An exception we did not anticipate reaches the client as "Unexpected error" and a trace id, no more.</summary>
public sealed class UnexpectedErrorTests
{
    private const string Secret = "connection string with password=hunter2";

    [Fact]
    public async Task In_production_the_client_sees_unexpected_error_a_trace_id_the_path_and_no_details()
    {
        var error = await FailingQueryErrorAsync("Production");

        Assert.Equal("Unexpected error", error["message"]!.GetValue<string>());
        Assert.Equal("UNEXPECTED_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$|^[0-9A-Z:]+$", error["extensions"]!["traceId"]!.GetValue<string>());
        Assert.Equal("""["countries"]""", error["path"]!.ToJsonString());
        Assert.Equal(1, error["locations"]![0]!["line"]!.GetValue<int>());
        Assert.DoesNotContain(Secret, error.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(error["extensions"]!["details"]);
    }

    [Fact]
    public async Task In_development_the_details_are_shown_too()
    {
        var error = await FailingQueryErrorAsync("Development");

        Assert.Equal("Unexpected error", error["message"]!.GetValue<string>());
        Assert.Contains(Secret, error["extensions"]!["details"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> FailingQueryErrorAsync(string environment)
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded(), environment);
        using var client = factory.CreateClient();
        StoreSwap.Wrap(factory, inner => StoreProxy.Wrap(inner, (method, _) =>
            method.Name == nameof(IGraphStore.FindNodesAsync) ? throw new InvalidOperationException(Secret) : null));

        using var response = await client.SendAsync(Requests.Post(new { query = "{ countries { totalCount } }" }));
        var body = await RawResponse.ReadAsync(response);

        // The request executed (the failure was in a resolver), so the draft's status is 200 with data null.
        Assert.Equal(200, body.Status);
        return body.ParseJson()["errors"]![0]!;
    }
}
