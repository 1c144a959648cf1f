namespace GraphServer.Store;

/// <summary>
/// A condition on the neighbours over one relationship type: <see cref="Where"/> applies to the neighbour node
/// (null: any neighbour). Under <c>AsOf</c> only links and neighbours valid on that day count.
/// </summary>
public sealed record RelationshipFilter(string Type, EdgeDirection Direction, Quantifier Quantifier, Filter? Where) : Filter;
