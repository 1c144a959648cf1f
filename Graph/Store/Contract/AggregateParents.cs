namespace GraphServer.Store;

/// <summary>
/// The parents of a per-parent aggregation: the counted nodes are those reached from each parent over
/// <see cref="Type"/> in <see cref="Direction"/> (seen from the parent), as in a <see cref="NeighbourQuery"/>.
/// </summary>
public sealed record AggregateParents(IReadOnlyCollection<string> Ids, string Type, EdgeDirection Direction);
