using GraphQL;
using GraphQL.Execution;
using GraphServer.Api.Http;

namespace GraphServer.Api.Documents;

/// <summary>
/// Turns the request's query (or its persisted-query hash) into a parsed document: from the cache when this text was
/// seen and validated before, else counted, parsed and checked for aliases. Document errors are
/// <see cref="ExecutionError"/>s, answered like validation errors; a request without any document is an
/// <see cref="HttpProblem"/>.
/// </summary>
internal sealed class DocumentPreparer(DocumentCache cache, TrustedDocuments? trusted, GraphQLHttpOptions options)
{
    private readonly GraphQLDocumentBuilder _builder = new();

    public DocumentCache Cache => cache;

    public async ValueTask<PreparedDocument> PrepareAsync(GraphQLHttpRequest request)
    {
        var hash = PersistedQuery.HashFrom(request.Extensions);
        var text = request.Query;
        if (text is null && hash is null)
        {
            throw HttpProblem.BadRequest("MISSING_QUERY", "The request has no query.");
        }

        if (text is not null && hash is not null && DocumentHash.Of(text) != hash)
        {
            throw new ExecutionError("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query.") { Code = "PERSISTED_QUERY_HASH_MISMATCH" };
        }

        // The common case, a repeat of a query sent as text: found by its text, without hashing it.
        if (trusted is null && hash is null && cache.TryGetByText(text!, out var knownHash, out var known))
        {
            return new PreparedDocument(knownHash, known, Validated: true);
        }

        if (trusted is not null)
        {
            hash ??= DocumentHash.Of(text!);
            if (!trusted.TryGet(hash, out var trustedText))
            {
                throw new ExecutionError("This server runs trusted documents only, and this is not one of them.") { Code = "DOCUMENT_NOT_TRUSTED" };
            }

            text = trustedText;
        }

        hash ??= DocumentHash.Of(text!);
        if (cache.TryGet(hash, out var cached))
        {
            return new PreparedDocument(hash, cached, Validated: true);
        }

        if (text is null)
        {
            // Apollo's automatic persisted queries: the client retries with the full text after this code.
            throw new ExecutionError("PersistedQueryNotFound") { Code = "PERSISTED_QUERY_NOT_FOUND" };
        }

        return new PreparedDocument(hash, await ParseAsync(text).ConfigureAwait(false), Validated: false) { Text = trusted is null ? text : null };
    }

    private async ValueTask<GraphQLParser.AST.GraphQLDocument> ParseAsync(string text)
    {
        if (DocumentLimits.CountTokens(text, options.MaxTokens) > options.MaxTokens)
        {
            throw new ExecutionError($"The document has more than {options.MaxTokens} tokens.") { Code = "MAX_TOKENS_EXCEEDED" };
        }

        GraphQLParser.AST.GraphQLDocument document;
        try
        {
            document = _builder.Build(text);
        }
        catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException e)
        {
            // Not a syntax error to GraphQL.NET, so it would escape as a 500; the message quotes the document, so
            // only the position is kept.
            throw new ExecutionError($"The document nests too deeply to parse (line {e.Location.Line}, column {e.Location.Column}).") { Code = "DOCUMENT_TOO_DEEP" };
        }

        var aliases = await DocumentLimits.CountAliasesAsync(document).ConfigureAwait(false);
        if (aliases > options.MaxAliases)
        {
            throw new ExecutionError($"The document has {aliases} aliases; at most {options.MaxAliases} are allowed.") { Code = "MAX_ALIASES_EXCEEDED" };
        }

        return document;
    }
}
