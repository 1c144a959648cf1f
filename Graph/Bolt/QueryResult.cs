namespace GraphServer.Bolt;

/// <summary>A fully read result of <see cref="BoltDriver.ExecuteQueryAsync"/>.</summary>
public sealed class QueryResult(IReadOnlyList<string> keys, IReadOnlyList<BoltRecord> records, ResultSummary summary)
{
    public IReadOnlyList<string> Keys { get; } = keys;

    public IReadOnlyList<BoltRecord> Records { get; } = records;

    public ResultSummary Summary { get; } = summary;
}
