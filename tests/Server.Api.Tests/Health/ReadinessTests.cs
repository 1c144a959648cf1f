using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Support;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Health;

public sealed class ReadinessTests
{
    [Fact]
    public async Task A_store_that_does_not_answer_makes_the_server_unready()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();
        StoreSwap.Wrap(factory, inner => StoreProxy.Wrap(inner, (method, _) =>
            method.Name == nameof(IGraphStore.PingAsync) ? Task.FromResult(false) : null));

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal("""{"status":"unavailable","store":"embedded"}""", await response.Content.ReadAsStringAsync());
    }
}
