using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace GraphServer.Api.Documents;

/// <summary>
/// Documents that parsed and validated, by <see cref="DocumentHash"/>, so that a repeated query skips both. Bounded:
/// past <c>capacity</c> the oldest entry goes (first in, first out; cheap, and a popular query comes straight back).
/// A document added with its text is also found by that text, so a repeat need not hash its text again (SHA-256 of
/// the UTF-8 bytes and a hex string per request, where a dictionary lookup on the string does).
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _hashesByText = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Hash, string? Text)> _order = new();

    public int Count => _documents.Count;

    public bool TryGet(string hash, out GraphQLDocument document) => _documents.TryGetValue(hash, out document!);

    /// <summary>The document added with exactly this text, and its hash.</summary>
    public bool TryGetByText(string text, out string hash, out GraphQLDocument document)
    {
        document = null!;
        return _hashesByText.TryGetValue(text, out hash!) && _documents.TryGetValue(hash, out document!);
    }

    /// <param name="text">The document's text when the caller has it (not for a trusted document's stand-in).</param>
    public void Add(string hash, GraphQLDocument document, string? text = null)
    {
        if (capacity <= 0 || !_documents.TryAdd(hash, document))
        {
            return;
        }

        if (text is not null)
        {
            _hashesByText[text] = hash;
        }

        _order.Enqueue((hash, text));
        while (_documents.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _documents.TryRemove(oldest.Hash, out _);
            if (oldest.Text is not null)
            {
                _hashesByText.TryRemove(oldest.Text, out _);
            }
        }
    }
}
