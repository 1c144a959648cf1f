using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Api.Tests.Support;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Protection;

public sealed class ExecutionTimeoutTests
{
    [Fact]
    public async Task A_query_past_the_timeout_is_cancelled_down_to_the_store_call_and_answered_503()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded(("GraphServer:Http:ExecutionTimeout", "00:00:00.300")));
        using var client = factory.CreateClient();
        var storeCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        StoreSwap.Wrap(factory, inner => StoreProxy.Wrap(inner, (method, args) =>
            method.Name == nameof(IGraphStore.FindNodesAsync) ? StallUntilCancelled((CancellationToken)args![1]!, storeCancelled) : null));

        var started = DateTime.UtcNow;
        using var response = await client.SendAsync(Requests.Post(new { query = "{ countries { totalCount } }" }));
        var body = await RawResponse.ReadAsync(response);

        Assert.Equal(503, body.Status);
        Assert.Equal("TIMEOUT", body.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body.ParseJson()["data"]);
        await storeCancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    private static async Task<NodePage> StallUntilCancelled(CancellationToken cancellationToken, TaskCompletionSource cancelled)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            cancelled.TrySetResult();
            throw;
        }

        throw new InvalidOperationException("unreachable");
    }
}
