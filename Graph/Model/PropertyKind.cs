namespace GraphServer.Model;

/// <summary>The value kinds a graph property can hold; every store and the schema map each one the same way.</summary>
public enum PropertyKind
{
    String,
    Integer,
    Float,
    Boolean,

    /// <summary>A calendar date, kept as an ISO-8601 string (yyyy-MM-dd) so that ordinal and text order agree in every store.</summary>
    Date,

    StringList,
}
