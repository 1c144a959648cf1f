using GraphQLParser.AST;

namespace GraphServer.Api.Documents;

/// <summary>A parsed document and its hash; <see cref="Validated"/> when it came from the cache and so passed validation before.</summary>
internal sealed record PreparedDocument(string Hash, GraphQLDocument Document, bool Validated);
