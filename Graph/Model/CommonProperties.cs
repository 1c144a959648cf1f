namespace GraphServer.Model;

/// <summary>
/// Identity, confidence and time that every node and relationship carries (DESIGN.md: every fact is sourced).
/// Provenance is graph: a node cites its sources through <c>CITES</c> edges; a relationship instance, which cannot
/// point at a node, carries the ids of its sources and the supporting quotes as two parallel lists
/// (<see cref="SourceIds"/>, <see cref="Quotes"/>; empty string where a source has no quote).
/// </summary>
public static class CommonProperties
{
    public const string Id = "id";
    public const string Synthetic = "synthetic";
    public const string SourceIds = "sourceIds";
    public const string Quotes = "quotes";
    public const string Confidence = "confidence";
    public const string ValidFrom = "validFrom";
    public const string ValidTo = "validTo";

    /// <summary>
    /// Derived and kept by the store in the transaction that writes the record: for a node, the later of its own
    /// known-from date (<see cref="PropertyFlags.KnownFrom"/>) and the earliest publication of the sources it cites;
    /// for a relationship, the earliest publication of its sources. A query asOf an earlier day does not see the record.
    /// </summary>
    public const string KnownFrom = "knownFrom";

    /// <summary>
    /// Derived and kept by the store in the transaction that writes the node: 1 when it is created, one more on every
    /// upsert. A change set may name the versions it expects (<c>ChangeSet.ExpectedVersions</c>): optimistic concurrency.
    /// Nodes stored before versions existed get 1 when the store initialises, so every stored node has one.
    /// </summary>
    public const string Version = "version";

    /// <summary>The property of a <c>CITES</c> edge that holds the passage of the source supporting the record.</summary>
    public const string Quote = "quote";

    public static readonly IReadOnlyList<string> ConfidenceLevels = ["confirmed", "reported", "claimed", "disputed"];

    internal static void AddNodeProperties(PropertyListBuilder list) => list
        .String(Id, PropertyFlags.Required | PropertyFlags.Key, "Stable, human-readable key such as country:KE.")
        .Boolean(Synthetic, PropertyFlags.Required, "True for demonstration or generated records that describe no real case.")
        .Enum(Confidence, PropertyFlags.None, "How well the sources establish the record.", [.. ConfidenceLevels])
        .Date(ValidFrom, PropertyFlags.None, "First day the record held (a unit formed, an office held), where known.")
        .Date(ValidTo, PropertyFlags.None, "Last day the record held, where known.")
        .Date(KnownFrom, PropertyFlags.Derived | PropertyFlags.Indexed,
            "First day the record was known: its own date or, if later, the first publication of a source it cites.")
        .Integer(Version, PropertyFlags.Required | PropertyFlags.Derived,
            "How many times the record was written: 1 when created, one more on every update. Pass it back to update it.");

    internal static void AddRelationshipProperties(PropertyListBuilder list) => list
        .StringList(SourceIds, PropertyFlags.Required, "Ids of the Source nodes that support this link.")
        .StringList(Quotes, PropertyFlags.None, "The supporting passage of each source, in the order of sourceIds; empty where none.")
        .Enum(Confidence, PropertyFlags.None, "How well the sources establish the link.", [.. ConfidenceLevels])
        .Date(ValidFrom, PropertyFlags.None, "First day the link held, where known.")
        .Date(ValidTo, PropertyFlags.None, "Last day the link held, where known.")
        .Date(KnownFrom, PropertyFlags.Derived | PropertyFlags.Indexed,
            "First day the link was known: the first publication of its sources.");

    internal static void AddCitationProperties(PropertyListBuilder list) => list
        .String(Quote, PropertyFlags.None, "The passage of the source that supports the record.");
}
