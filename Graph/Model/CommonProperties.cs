namespace GraphServer.Model;

/// <summary>Provenance and identity that every node and relationship carries (DESIGN.md: every fact is sourced).</summary>
public static class CommonProperties
{
    public const string Id = "id";
    public const string Synthetic = "synthetic";
    public const string SourceIds = "sourceIds";
    public const string Confidence = "confidence";
    public const string ValidFrom = "validFrom";
    public const string ValidTo = "validTo";

    public static readonly IReadOnlyList<string> ConfidenceLevels = ["confirmed", "reported", "claimed", "disputed"];

    internal static void AddNodeProperties(PropertyListBuilder list) => list
        .String(Id, PropertyFlags.Required | PropertyFlags.Key, "Stable, human-readable key such as country:KE.")
        .Boolean(Synthetic, PropertyFlags.Required, "True for demonstration or generated records that describe no real case.")
        .StringList(SourceIds, PropertyFlags.None, "Ids of the Source nodes that support this record.")
        .Enum(Confidence, PropertyFlags.None, "How well the sources establish the record.", [.. ConfidenceLevels])
        .Date(ValidFrom, PropertyFlags.None, "First day the record held (a unit formed, an office held), where known.")
        .Date(ValidTo, PropertyFlags.None, "Last day the record held, where known.");

    internal static void AddRelationshipProperties(PropertyListBuilder list) => list
        .StringList(SourceIds, PropertyFlags.None, "Ids of the Source nodes that support this link.")
        .Enum(Confidence, PropertyFlags.None, "How well the sources establish the link.", [.. ConfidenceLevels])
        .Date(ValidFrom, PropertyFlags.None, "First day the link held, where known.")
        .Date(ValidTo, PropertyFlags.None, "Last day the link held, where known.");
}
