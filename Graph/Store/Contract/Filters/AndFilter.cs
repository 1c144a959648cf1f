namespace GraphServer.Store;

/// <summary>Every operand holds; an empty list always holds.</summary>
public sealed record AndFilter(IReadOnlyList<Filter> Operands) : Filter;
