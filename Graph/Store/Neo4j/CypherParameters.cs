namespace GraphServer.Store.Neo4j;

/// <summary>Collects the values of one statement; each value gets a fresh name, so text and values never mix.</summary>
internal sealed class CypherParameters
{
    private int _next;

    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a value and returns its reference (<c>$f0</c>) for the statement text.</summary>
    public string Add(object? value)
    {
        var name = "f" + _next++;
        Values[name] = value;
        return "$" + name;
    }

    public void Set(string name, object? value) => Values[name] = value;
}
