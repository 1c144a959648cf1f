namespace GraphServer.Store;

/// <summary>How a <see cref="PropertyFilter"/> compares a property with its value.</summary>
public enum FilterOperator
{
    Eq,
    Neq,

    /// <summary>The value is a list; the property equals one of its items.</summary>
    In,

    /// <summary>Case-sensitive substring of a string property, or an item of a list property.</summary>
    Contains,

    /// <summary>Case-sensitive prefix of a string property.</summary>
    StartsWith,
    Gt,
    Gte,
    Lt,
    Lte,

    /// <summary>The value is a bool: true matches nodes without the property, false nodes with it.</summary>
    IsNull,
}
