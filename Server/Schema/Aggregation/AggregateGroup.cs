namespace GraphServer.Schema.Aggregation;

/// <summary>One group of an <c>aggregate</c> answer: each key with its value as the API spells it, and the count.</summary>
internal sealed record AggregateGroup(IReadOnlyList<AggregateGroupKey> Keys, long Count);
