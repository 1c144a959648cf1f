using GraphServer.Api.Tests.EndToEnd;

namespace GraphServer.Api.Tests.Http;

/// <summary>One seeded in-memory server with default limits, shared by a test class.</summary>
public sealed class EmbeddedServerFixture : IAsyncLifetime
{
    public GraphServerFactory Factory { get; } = new(GraphServerFactory.Embedded());

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    public async Task<RawResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Client.SendAsync(request);
            return await RawResponse.ReadAsync(response);
        }
    }
}
