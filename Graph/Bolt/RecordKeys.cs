namespace GraphServer.Bolt;

/// <summary>A result's column names, shared by all its records, with a lookup built once per result.</summary>
internal sealed class RecordKeys
{
    private readonly Dictionary<string, int> _index;

    public RecordKeys(IReadOnlyList<string> names)
    {
        Names = names;
        _index = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            _index.TryAdd(names[i], i);
        }
    }

    public static RecordKeys Empty { get; } = new([]);

    public IReadOnlyList<string> Names { get; }

    public bool TryIndexOf(string key, out int index) => _index.TryGetValue(key, out index);

    public int IndexOf(string key) =>
        _index.TryGetValue(key, out var index) ? index
        : throw new KeyNotFoundException($"The record has no key '{key}'; keys are: {string.Join(", ", Names)}.");
}
