namespace GraphServer.Api.Observability;

/// <summary>How a GraphQL operation is named in spans and metrics: its name (or <c>anonymous</c>) and its type.</summary>
internal readonly record struct OperationName(string Name, string Type);
