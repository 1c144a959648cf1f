namespace GraphServer.Model;

/// <summary>The value kinds a graph property can hold; every store and the schema map each one the same way.</summary>
public enum PropertyKind
{
    String,
    Integer,
    Float,
    Boolean,

    /// <summary>
    /// A calendar date as precise as its source: an ISO-8601 string yyyy, yyyy-MM or yyyy-MM-dd (see <see cref="PartialDates"/>),
    /// so that time order and text order agree in every store.
    /// </summary>
    Date,

    StringList,
}
