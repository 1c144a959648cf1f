using GraphQL.Types;

namespace GraphServer.Schema.Aggregation;

/// <summary>
/// Marks count fields besides <c>totalCount</c> (aggregate group counts, funnel stages) so that access control applies
/// the same small-count suppression to them (Server/Api/Access, SmallCountResolver); the schema knows no roles.
/// </summary>
public static class SmallCounts
{
    /// <summary>The field metadata key; its value is true on a count field that access control must guard.</summary>
    public const string MetadataKey = "graphserver:smallCount";

    public static FieldType Mark(FieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[MetadataKey] = true;
        return field;
    }

    public static bool IsMarked(IFieldType field) => field?.Metadata.TryGetValue(MetadataKey, out var value) == true && value is true;
}
