namespace GraphServer.Store;

/// <summary>The operand does not hold (unknown stays unknown).</summary>
public sealed record NotFilter(Filter Operand) : Filter;
