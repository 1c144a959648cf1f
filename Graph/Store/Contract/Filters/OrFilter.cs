namespace GraphServer.Store;

/// <summary>At least one operand holds; an empty list never holds.</summary>
public sealed record OrFilter(IReadOnlyList<Filter> Operands) : Filter;
