using GraphQLParser.AST;

namespace GraphServer.Api.Documents;

/// <summary>
/// A parsed document and its hash; <see cref="Validated"/> when it came from the cache and so passed validation before.
/// <see cref="Text"/>: the request's own text of a new document, under which the cache also keeps it.
/// </summary>
internal sealed record PreparedDocument(string Hash, GraphQLDocument Document, bool Validated)
{
    public string? Text { get; init; }
}
