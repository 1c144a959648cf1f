using System.Collections.Concurrent;

namespace GraphServer.Api.Observability;

/// <summary>
/// Bounds the metric series the operation name makes: the first <c>limit</c> distinct names keep their own; after that
/// a name not seen before is counted as <see cref="Other"/>, as is any name that is not a GraphQL name (a request's
/// <c>operationName</c> arrives unchecked when its document is refused). <see cref="Anonymous"/> is always its own.
/// Spans keep the real name: a trace is one record, not a series.
/// </summary>
internal sealed class OperationNameSeries(int limit)
{
    public const string Other = "other";

    public const string Anonymous = "anonymous";

    private readonly ConcurrentDictionary<string, bool> _kept = new(StringComparer.Ordinal);
    private int _count;

    public string For(string name)
    {
        if (name == Anonymous)
        {
            return name;
        }

        if (!IsGraphQLName(name) || name == Other)
        {
            return Other;
        }

        return _kept.ContainsKey(name) || TryKeep(name) ? name : Other;
    }

    private bool TryKeep(string name)
    {
        // Claim a slot first, so that racing requests with new names never keep more than the limit.
        if (Interlocked.Increment(ref _count) > limit)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }

        if (!_kept.TryAdd(name, true))
        {
            Interlocked.Decrement(ref _count); // another request kept the same name first
        }

        return true;
    }

    /// <summary>The GraphQL grammar's Name: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>, and short enough to be a label.</summary>
    private static bool IsGraphQLName(string name) =>
        name.Length is > 0 and <= 100
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
