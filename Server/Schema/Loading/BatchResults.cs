namespace GraphServer.Schema.Loading;

/// <summary>
/// What one batch fetch produced, key by key. A key may get a value, a failure of its own, or nothing (the loader's
/// default value); a failure fails only the fields waiting on that key.
/// </summary>
public sealed class BatchResults<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _values = [];
    private readonly Dictionary<TKey, Exception> _failures = [];

    public void Set(TKey key, TValue value) => _values[key] = value;

    public void Fail(TKey key, Exception error) => _failures[key] = error;

    internal bool TryGetFailure(TKey key, out Exception error) => _failures.TryGetValue(key, out error!);

    internal bool TryGetValue(TKey key, out TValue value) => _values.TryGetValue(key, out value!);
}
