namespace GraphServer.Api.Http;

/// <summary>Media types of the GraphQL-over-HTTP spec.</summary>
internal static class MediaTypes
{
    /// <summary>The spec's response type; a client that accepts it gets real HTTP status codes for request errors.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";
}
