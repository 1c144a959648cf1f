using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphServer.Api.Tests.Access;

/// <summary>Posts a GraphQL request with a bearer token or API key (or neither) and returns status, headers and body.</summary>
internal static class AuthenticatedClient
{
    public static async Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(
        HttpClient client, string query, string? bearer = null, string? apiKey = null, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
    }

    public static string Challenge(HttpResponseMessage response) => response.Headers.WwwAuthenticate.ToString();
}
