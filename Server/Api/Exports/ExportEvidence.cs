using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>
/// THE place that finds the sources of exported records: a batch of nodes or edges at a time (a store page, or a whole
/// neighbourhood), one store call per batch for the Source nodes' titles, so a streamed export stays a few calls per page.
/// </summary>
internal sealed class ExportEvidence(IGraphStore store)
{
    private const string TitleProperty = "title";

    public async Task<IReadOnlyList<ExportNode>> NodesAsync(IReadOnlyList<GraphNode> nodes, CancellationToken cancellationToken)
    {
        var titles = await TitlesAsync(nodes.Select(n => n.Properties), cancellationToken);
        return [.. nodes.Select(n => new ExportNode(n, Citations(n.Properties, titles)))];
    }

    public async Task<IReadOnlyList<ExportEdge>> EdgesAsync(IReadOnlyList<GraphEdge> edges, CancellationToken cancellationToken)
    {
        var titles = await TitlesAsync(edges.Select(e => e.Properties), cancellationToken);
        return [.. edges.Select(e => new ExportEdge(e, Citations(e.Properties, titles)))];
    }

    private async Task<IReadOnlyDictionary<string, string>> TitlesAsync(
        IEnumerable<IReadOnlyDictionary<string, object?>> records, CancellationToken cancellationToken)
    {
        var ids = records.SelectMany(SourceIds).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var sources = await store.GetNodesAsync(ids, cancellationToken);
        return sources.ToDictionary(s => s.Id, s => s[TitleProperty] as string ?? s.Id, StringComparer.Ordinal);
    }

    /// <summary>In the record's order; an id that names no stored Source keeps its id as title, so nothing is dropped silently.</summary>
    private static List<ExportCitation> Citations(IReadOnlyDictionary<string, object?> properties, IReadOnlyDictionary<string, string> titles) =>
        [.. SourceIds(properties).Distinct(StringComparer.Ordinal).Select(id => new ExportCitation(id, titles.GetValueOrDefault(id) ?? id))];

    private static IEnumerable<string> SourceIds(IReadOnlyDictionary<string, object?> properties) =>
        properties.GetValueOrDefault(CommonProperties.SourceIds) as IEnumerable<string> ?? [];
}
