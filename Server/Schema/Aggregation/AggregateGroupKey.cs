namespace GraphServer.Schema.Aggregation;

/// <summary>A group key's name (a <c>&lt;Label&gt;GroupKey</c> value) and the group's value for it, or null.</summary>
internal sealed record AggregateGroupKey(string Key, string? Value);
