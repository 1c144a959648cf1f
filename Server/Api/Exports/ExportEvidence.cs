using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>
/// THE place that finds the sources of exported records, a batch at a time (a store page, or a whole neighborhood): the
/// store's <see cref="GraphNode.Sources"/>/<see cref="GraphEdge.Sources"/> when the query already asked for them, else
/// one store call per batch (nodes by id with sources, i.e. their CITES; for relationships, the Source nodes named by
/// their <c>sourceIds</c>). A streamed export thus stays a few calls per page.
/// </summary>
internal sealed class ExportEvidence(IGraphStore store)
{
    private const string TitleProperty = "title";

    public async Task<IReadOnlyList<ExportNode>> NodesAsync(IReadOnlyList<GraphNode> nodes, CancellationToken cancellationToken)
    {
        var missing = nodes.Where(n => n.Sources is null).Select(n => n.Id).Distinct(StringComparer.Ordinal).ToList();
        var fetched = missing.Count == 0
            ? new Dictionary<string, IReadOnlyList<Citation>>()
            : (await store.GetNodesAsync(missing, withSources: true, cancellationToken))
                .ToDictionary(n => n.Id, n => n.Sources ?? [], StringComparer.Ordinal);
        return [.. nodes.Select(n => new ExportNode(n, Citations(n.Sources ?? fetched.GetValueOrDefault(n.Id) ?? [])))];
    }

    public async Task<IReadOnlyList<ExportEdge>> EdgesAsync(IReadOnlyList<GraphEdge> edges, CancellationToken cancellationToken)
    {
        var ids = edges.Where(e => e.Sources is null).SelectMany(SourceIds).Distinct(StringComparer.Ordinal).ToList();
        var titles = ids.Count == 0
            ? new Dictionary<string, string>()
            : (await store.GetNodesAsync(ids, cancellationToken)).ToDictionary(s => s.Id, Title, StringComparer.Ordinal);
        return [.. edges.Select(e => new ExportEdge(e, e.Sources is { } sources
            ? Citations(sources)
            // An id that names no stored Source keeps its id as title, so nothing is dropped silently.
            : [.. SourceIds(e).Distinct(StringComparer.Ordinal).Select(id => new ExportCitation(id, titles.GetValueOrDefault(id) ?? id))]))];
    }

    private static List<ExportCitation> Citations(IReadOnlyList<Citation> sources) =>
        [.. sources.Select(c => new ExportCitation(c.Source.Id, Title(c.Source)))];

    private static string Title(GraphNode source) => source[TitleProperty] as string ?? source.Id;

    private static IEnumerable<string> SourceIds(GraphEdge edge) =>
        edge.Properties.GetValueOrDefault(CommonProperties.SourceIds) as IEnumerable<string> ?? [];
}
