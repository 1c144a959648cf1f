using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Aggregation;

/// <summary>One value of a <c>&lt;Label&gt;GroupKey</c> enum: its name, the store key it stands for, and how to spell a value.</summary>
internal sealed record GroupKey(string Name, AggregateKey Key, string Description, PropertyDefinition? Property);
