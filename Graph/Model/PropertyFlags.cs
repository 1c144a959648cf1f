namespace GraphServer.Model;

/// <summary>What the layers above may do with a property; access control reads <see cref="Personal"/>.</summary>
[Flags]
public enum PropertyFlags
{
    None = 0,

    /// <summary>Every node or relationship of the type must carry a value.</summary>
    Required = 1,

    /// <summary>Included in the full-text index and the search API.</summary>
    Searchable = 2,

    /// <summary>Personal data of a private person: masked for roles without the right to see it.</summary>
    Personal = 4,

    /// <summary>Part of the identity of the record; never changes after creation.</summary>
    Key = 8,

    /// <summary>Filtered, grouped or sorted on often: every store keeps an index on it.</summary>
    Indexed = 16,

    /// <summary>
    /// The date from which the record was known (a claim's as-of date, a source's publication date): a query
    /// <c>asOf</c> an earlier day does not see the record. At most one per node type, and only on a date.
    /// </summary>
    KnownFrom = 32,

    /// <summary>
    /// Computed and stored by the store (such as <c>knownFrom</c>): readable and filterable, never written by callers;
    /// the change-set validator and the importer refuse a value for it.
    /// </summary>
    Derived = 64,
}
