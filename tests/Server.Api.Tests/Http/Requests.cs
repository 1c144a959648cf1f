using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphServer.Api.Tests.Http;

/// <summary>Builds requests to /graphql the way clients (and misbehaving clients) send them.</summary>
internal static class Requests
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static HttpRequestMessage Post(object body, string accept = GraphQLResponse) =>
        PostText(JsonSerializer.Serialize(body), "application/json", accept);

    public static HttpRequestMessage PostText(string body, string? contentType, string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(string queryString, string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    public static string Encode(string value) => Uri.EscapeDataString(value);
}
