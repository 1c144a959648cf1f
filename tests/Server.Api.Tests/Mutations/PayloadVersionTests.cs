using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Access;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Support;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Mutations;

/// <summary>
/// A mutation's payload reads the node back after the commit. When another writer's update lands in between, the
/// payload must still answer the version this write produced: two writers acknowledged one version on a loaded machine.
/// </summary>
public sealed class PayloadVersionTests
{
    private const string Id = "location:synthetic-payload-version";

    private static readonly string SeedSource = SeedExpectations.FirstSourceId;

    private static async Task<JsonNode> PostAsync(HttpClient client, string query)
    {
        var (response, body) = await AuthenticatedClient.PostAsync(client, query, bearer: TestTokens.For("editor"));
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    [Fact]
    public async Task An_update_answers_the_version_it_wrote_when_a_later_write_is_already_stored()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded(
            ("GraphServer:Auth:SigningKey", TestTokens.Key)));
        using var client = factory.CreateClient();
        // The schema takes the store when it is built (first request): the proxy goes in first and is armed later.
        var laterWriteLanded = false;
        StoreSwap.Wrap(factory, inner => StoreProxy.Wrap(inner, (method, args) =>
            laterWriteLanded && method.Name == nameof(IGraphStore.GetNodesAsync)
                && args is [IReadOnlyCollection<string> ids, CancellationToken token] && ids.Contains(Id)
                ? LaterWriteAsync(inner, ids, token) : null));
        var created = await PostAsync(client, $$"""
            mutation { createLocation(input: { id: "{{Id}}", name: "first", synthetic: true, sources: [{ id: "{{SeedSource}}" }] })
              { location { version } errors { __typename } } }
            """);
        Assert.Equal(1, created["createLocation"]!["location"]!["version"]!.GetValue<int>());

        // From here on, every read of the node sees a later writer's version 7 and name.
        laterWriteLanded = true;

        var updated = (await PostAsync(client, $$"""
            mutation { updateLocation(input: { id: "{{Id}}", version: 1, name: "second", sources: [{ id: "{{SeedSource}}" }] })
              { location { version name } errors { __typename } } }
            """))["updateLocation"]!;

        Assert.Empty(updated["errors"]!.AsArray());
        Assert.Equal(2, updated["location"]!["version"]!.GetValue<int>());
        Assert.Equal("second", updated["location"]!["name"]!.GetValue<string>());
    }

    private static async Task<IReadOnlyList<GraphNode>> LaterWriteAsync(IGraphStore inner, IReadOnlyCollection<string> ids, CancellationToken token)
    {
        var stored = await inner.GetNodesAsync(ids, token);
        return [.. stored.Select(n => n.Id != Id ? n : n with
        {
            Properties = new Dictionary<string, object?>(n.Properties) { [CommonProperties.Version] = 7L, ["name"] = "a later writer's" },
        })];
    }
}
