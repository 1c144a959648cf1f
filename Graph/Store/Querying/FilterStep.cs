namespace GraphServer.Store.Querying;

/// <summary>One step of a <see cref="FilterChain"/>: the relationship followed, the labels at its far end, the other conditions there.</summary>
internal sealed record FilterStep(RelationshipFilter Relationship, IReadOnlyList<string> Far, List<Filter> Others);
