using GraphQL;

namespace GraphServer.Api.Http;

/// <summary>The request parameters of the GraphQL-over-HTTP draft, read from a GET query string or a POST body.</summary>
internal sealed record GraphQLHttpRequest(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions, bool IsGet);
