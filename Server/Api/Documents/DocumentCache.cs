using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace GraphServer.Api.Documents;

/// <summary>
/// Documents that parsed and validated, by <see cref="DocumentHash"/>, so that a repeated query skips both. Bounded:
/// past <c>capacity</c> the oldest entry goes (first in, first out; cheap, and a popular query comes straight back).
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public int Count => _documents.Count;

    public bool TryGet(string hash, out GraphQLDocument document) => _documents.TryGetValue(hash, out document!);

    public void Add(string hash, GraphQLDocument document)
    {
        if (capacity <= 0 || !_documents.TryAdd(hash, document))
        {
            return;
        }

        _order.Enqueue(hash);
        while (_documents.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _documents.TryRemove(oldest, out _);
        }
    }
}
