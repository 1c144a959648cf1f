using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphServer.Store.Access;

namespace GraphServer.Api.Tests.Access;

/// <summary>API keys: either header works, the key's role applies, a revoked or unknown key is 401 saying so.</summary>
public sealed class ApiKeyTests(AccessServer server) : IClassFixture<AccessServer>
{
    private static readonly string FighterId = AccessServer.Cases.First(c => c.Label == "Fighter").NodeId;

    private static readonly string PersonalQuery =
        $"{{ fighters(where: {{ id: {{ eq: \"{FighterId}\" }} }}) {{ nodes {{ id name }} }} }}";

    [Fact]
    public async Task A_viewer_key_in_X_Api_Key_reads_as_a_viewer()
    {
        var key = await (await server.AccessStoreAsync()).CreateAsync("script", AccessRole.Viewer);

        var (response, body) = await AuthenticatedClient.PostAsync(server.Client, PersonalQuery, apiKey: key.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FORBIDDEN", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task An_analyst_key_in_the_authorization_header_reads_as_an_analyst()
    {
        var key = await (await server.AccessStoreAsync()).CreateAsync("script", AccessRole.Analyst);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                System.Text.Json.JsonSerializer.Serialize(new { query = PersonalQuery }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key.Secret);

        using var response = await server.Client.SendAsync(request);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
        Assert.Equal("ZqFighternameSecret", (string?)body["data"]!["fighters"]!["nodes"]![0]!["name"]);
    }

    [Fact]
    public async Task A_revoked_key_is_401_saying_it_is_unknown_or_revoked()
    {
        var store = await server.AccessStoreAsync();
        var key = await store.CreateAsync("leaked", AccessRole.Admin);
        Assert.True(await store.RevokeAsync(key.Key.Id));

        var (response, body) = await AuthenticatedClient.PostAsync(server.Client, PersonalQuery, apiKey: key.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("ApiKey error=\"invalid_token\", error_description=\"the API key is unknown or revoked\"",
            AuthenticatedClient.Challenge(response));
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_made_up_key_is_401()
    {
        var (response, _) = await AuthenticatedClient.PostAsync(server.Client, PersonalQuery, apiKey: ApiKeySecret.Create().Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
