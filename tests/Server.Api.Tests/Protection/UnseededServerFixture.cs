using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;

namespace GraphServer.Api.Tests.Protection;

/// <summary>
/// An embedded server with an empty store (GRAPH_SEED=none): cost and depth are properties of the query and the schema,
/// so the tests that measure them need no data and do not change when the seed does.
/// </summary>
public sealed class UnseededServerFixture : IAsyncLifetime
{
    private readonly GraphServerFactory factory = new(GraphServerFactory.Embedded(("GRAPH_SEED", "none")));
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    public async Task<RawResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            return await RawResponse.ReadAsync(response);
        }
    }
}
