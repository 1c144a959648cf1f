namespace GraphServer.Store;

/// <summary>Compares one property of the node with a value; the value is normalised to the property's kind first.</summary>
public sealed record PropertyFilter(string Property, FilterOperator Operator, object? Value) : Filter;
