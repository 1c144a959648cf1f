namespace GraphServer.Schema.Filtering;

/// <summary>What one field of an <c>XFilterInput</c> stands for: a property of the node or a relationship to its neighbours.</summary>
internal abstract record FilterTarget;
