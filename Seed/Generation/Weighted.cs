namespace GraphServer.Seed.Generation;

/// <summary>A fixed set of values with relative weights, picked by a uniform number in [0, 1).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] choices)
    {
        _values = choices.Select(c => c.Value).ToArray();
        _cumulative = new double[choices.Length];
        var total = choices.Sum(c => c.Weight);
        var running = 0.0;
        for (var i = 0; i < choices.Length; i++)
        {
            running += choices[i].Weight / total;
            _cumulative[i] = running;
        }
    }

    public T Pick(double unit)
    {
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (unit < _cumulative[i])
            {
                return _values[i];
            }
        }

        return _values[^1];
    }
}
