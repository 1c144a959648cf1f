namespace GraphServer.Bolt;

/// <summary>One result row. Values use the decode mapping: long, double, string, bool, byte[], lists, maps, graph and temporal types.</summary>
public sealed class BoltRecord
{
    private readonly RecordKeys _keys;
    private readonly object?[] _values;

    internal BoltRecord(RecordKeys keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    public IReadOnlyList<string> Keys => _keys.Names;

    public IReadOnlyList<object?> Values => _values;

    public object? this[int index] => _values[index];

    public object? this[string key] => _values[_keys.IndexOf(key)];

    public bool ContainsKey(string key) => _keys.TryIndexOf(key, out _);

    /// <summary>The value converted to <typeparamref name="T"/> (e.g. long to int, Date to DateOnly); throws if it cannot be.</summary>
    public T Get<T>(string key) => ValueConversion.To<T>(this[key], key);

    public T Get<T>(int index) => ValueConversion.To<T>(_values[index], _keys.Names[index]);

    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var map = new Dictionary<string, object?>(_values.Length, StringComparer.Ordinal);
        for (var i = 0; i < _values.Length; i++)
        {
            map[_keys.Names[i]] = _values[i];
        }

        return map;
    }

    public override string ToString() => "{" + string.Join(", ", _keys.Names.Select((k, i) => $"{k}: {_values[i]}")) + "}";
}
