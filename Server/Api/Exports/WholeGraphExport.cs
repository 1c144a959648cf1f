using System.Runtime.CompilerServices;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>
/// The whole graph (as of a day) read from the store a page at a time, for /export/{format}/all: nodes label by label in
/// keyset pages, then, page by page again, the outgoing relationships of each page's nodes, one store call per
/// relationship type that starts at that label, sources in the same calls (WithSources). Memory holds one page and its
/// edges, whatever the size of the graph.
/// </summary>
internal sealed class WholeGraphExport(IGraphStore store, GraphModel model, ExportEvidence evidence, DateOnly? asOf, int pageSize)
{
    public async IAsyncEnumerable<ExportNode> NodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync(cancellationToken))
        {
            foreach (var node in await evidence.NodesAsync(page.Nodes, cancellationToken))
            {
                yield return node;
            }
        }
    }

    public async IAsyncEnumerable<ExportEdge> EdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync(cancellationToken))
        {
            var ids = page.Nodes.Select(n => n.Id).ToList();
            foreach (var relationship in model.RelationshipTypes.Where(r => r.From.Contains(page.Label, StringComparer.Ordinal)))
            {
                var query = new NeighbourQuery(ids, relationship.Type, EdgeDirection.Outgoing) { AsOf = asOf, WithSources = true };
                var neighbours = await store.GetNeighboursAsync(query, cancellationToken);
                foreach (var edge in await evidence.EdgesAsync([.. neighbours.Select(n => n.Edge)], cancellationToken))
                {
                    yield return edge;
                }
            }
        }
    }

    private async IAsyncEnumerable<(string Label, IReadOnlyList<GraphNode> Nodes)> PagesAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var label in model.NodeTypes.Select(n => n.Label))
        {
            string? after = null;
            while (true)
            {
                var query = new NodeQuery(label) { AfterId = after, Take = pageSize, AsOf = asOf, WithSources = true };
                var page = await store.FindNodesAsync(query, cancellationToken);
                if (page.Nodes.Count == 0)
                {
                    break;
                }

                yield return (label, page.Nodes);
                if (page.Nodes.Count < pageSize)
                {
                    break;
                }

                after = page.Nodes[^1].Id;
            }
        }
    }
}
