using System.Collections;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Stands in for an edge's properties while a traversal only needs its ends: the JSON is kept as read and parsed
/// later for the few edges that are returned. Reads as empty; it never leaves the store.
/// </summary>
internal sealed class UnparsedProperties(string json) : IReadOnlyDictionary<string, object?>
{
    public string Json { get; } = json;

    public int Count => 0;

    public IEnumerable<string> Keys => [];

    public IEnumerable<object?> Values => [];

    public object? this[string key] => throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => false;

    public bool TryGetValue(string key, out object? value)
    {
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Enumerable.Empty<KeyValuePair<string, object?>>().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
