using GraphQL;
using GraphQL.Types;

namespace GraphServer.Schema.Planning;

/// <summary>
/// Marks a generated relationship field the compiler can plan: given a context for the field (real or built by the
/// planner from the document), the same queries and keys its resolver uses. Fields without it (hand-written
/// investigative fields, fields added by other features) are not planned: their resolvers load as they always did.
/// </summary>
internal sealed class PlannableRelationship(Func<IResolveFieldContext, PlannedNeighbours> plan, bool isConnection)
{
    private const string MetadataKey = "GraphServer.Planning.Relationship";

    /// <summary>A connection (<c>nodes</c>, <c>edges</c>, <c>totalCount</c>) rather than a single far node.</summary>
    public bool IsConnection { get; } = isConnection;

    public PlannedNeighbours Plan(IResolveFieldContext context) => plan(context);

    public static void Mark(FieldType field, PlannableRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Metadata[MetadataKey] = relationship;
    }

    public static PlannableRelationship? Of(IFieldType field) =>
        field.Metadata.TryGetValue(MetadataKey, out var value) ? value as PlannableRelationship : null;
}
