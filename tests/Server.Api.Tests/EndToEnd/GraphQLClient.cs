using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>Posts GraphQL requests the way a spec-following client does.</summary>
internal static class GraphQLClient
{
    public const string Endpoint = "/graphql";

    public static async Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response, body);
    }
}
