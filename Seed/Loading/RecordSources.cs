using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Seed.Loading;

/// <summary>
/// How the <c>sources</c> of an import or seed record become provenance in the graph: a node's become CITES edges
/// (with the quote as the edge's property), a relationship's the parallel lists <c>sourceIds</c> and <c>quotes</c>
/// (an empty string where a source has no quote). The store's validator then refuses a record that cites nothing.
/// </summary>
public static class RecordSources
{
    public const string Field = "sources";

    public static IReadOnlyList<GraphEdge> Citations(string nodeId, IReadOnlyList<(string Id, string? Quote)> sources) =>
        sources.Select(s => new GraphEdge(
                RecruitmentModel.Instance.Citation!.Type,
                nodeId,
                s.Id,
                new Dictionary<string, object?>(StringComparer.Ordinal) { [CommonProperties.Quote] = string.IsNullOrEmpty(s.Quote) ? null : s.Quote }))
            .ToList();

    /// <summary>Sets <c>sourceIds</c> and <c>quotes</c> from <paramref name="sources"/>, unless the record had none.</summary>
    public static void AddToRelationship(IDictionary<string, object?> properties, IReadOnlyList<(string Id, string? Quote)> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        properties[CommonProperties.SourceIds] = sources.Select(s => s.Id).ToArray();
        properties[CommonProperties.Quotes] = sources.Select(s => s.Quote ?? string.Empty).ToArray();
    }
}
